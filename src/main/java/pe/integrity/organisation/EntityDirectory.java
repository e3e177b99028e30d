package pe.integrity.organisation;

import pe.integrity.shared.Versions;
import pe.integrity.shared.NotFoundException;
import pe.integrity.shared.InvalidInputException;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.Optional;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Reads and maintains the obliged entities. */
@Service
@Transactional(readOnly = true)
public class EntityDirectory {

    private final PublicEntityRepository entities;

    EntityDirectory(PublicEntityRepository entities) {
        this.entities = entities;
    }

    /** The entity with its parent entity loaded, ready to show. */
    public Optional<PublicEntity> find(Long id) {
        return entities.findWithParentById(id);
    }

    /** Names of these entities by id, in one query (for lists whose rows belong to many entities). */
    public Map<Long, String> names(Collection<Long> ids) {
        return ids.isEmpty() ? Map.of()
                : entities.findAllById(ids).stream().collect(Collectors.toMap(PublicEntity::getId, PublicEntity::getName));
    }

    public Page<PublicEntity> search(String text, EntityType type, int page, int size) {
        return entities.search(
                text == null ? "" : text.strip(), type, PageRequest.of(Math.max(page, 0), size, Sort.by("name")));
    }

    public List<PublicEntity> all() {
        return entities.findAllByOrderByNameAsc();
    }

    @Transactional
    public PublicEntity create(EntityForm form) {
        if (entities.existsByNameIgnoreCase(form.getName())) {
            throw new InvalidInputException("name", "entity.name.taken");
        }
        PublicEntity entity = new PublicEntity(
                form.getType(), form.getName(), form.getAcronym(), form.getDepartment(), form.getSector());
        entity.update(form.getType(), form.getName(), form.getAcronym(), form.getDepartment(), form.getSector(),
                parentOf(form, null), form.isActive());
        return entities.save(entity);
    }

    @Transactional
    public PublicEntity update(Long id, EntityForm form) {
        PublicEntity entity = entities.findById(id).orElseThrow(() -> new NotFoundException("entity", id));
        Versions.requireCurrent(form.getVersion(), entity.getVersion(), PublicEntity.class, id);
        if (entities.existsByNameIgnoreCaseAndIdNot(form.getName(), id)) {
            throw new InvalidInputException("name", "entity.name.taken");
        }
        entity.update(form.getType(), form.getName(), form.getAcronym(), form.getDepartment(), form.getSector(),
                parentOf(form, id), form.isActive());
        return entity;
    }

    private PublicEntity parentOf(EntityForm form, Long selfId) {
        if (form.getParentId() == null) {
            return null;
        }
        if (form.getParentId().equals(selfId)) {
            throw new InvalidInputException("parentId", "entity.parent.self");
        }
        return entities.findById(form.getParentId())
                .orElseThrow(() -> new InvalidInputException("parentId", "entity.parent.unknown"));
    }
}
