package pe.integrity.organisation;

import java.util.List;
import org.springframework.data.domain.Page;

/**
 * A form's chooser of one entity out of ~2,000: the entity chosen so far and one page of the entities matching
 * what the person typed (nothing listed until they type). The search button posts the same form back, so the
 * other fields stay as typed and nothing is saved.
 *
 * @param chosenName the chosen entity's name, or null when none is chosen
 */
record EntityChoice(String query, Long chosenId, String chosenName, List<PublicEntity> results, int page,
        boolean hasPrevious, boolean hasNext, long total) {

    static final int PAGE_SIZE = 10;

    static EntityChoice of(EntityDirectory entities, String query, int page, Long chosenId) {
        String name = chosenId == null ? null : entities.find(chosenId).map(PublicEntity::getName).orElse(null);
        Long chosen = name == null ? null : chosenId;
        if (query == null || query.isBlank()) {
            return new EntityChoice("", chosen, name, List.of(), 0, false, false, 0);
        }
        Page<PublicEntity> found = entities.search(query, null, page, PAGE_SIZE);
        List<PublicEntity> others = found.getContent().stream().filter(e -> !e.getId().equals(chosen)).toList();
        return new EntityChoice(query.strip(), chosen, name, others, found.getNumber(), found.hasPrevious(),
                found.hasNext(), found.getTotalElements());
    }
}
