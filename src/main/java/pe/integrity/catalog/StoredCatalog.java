package pe.integrity.catalog;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Service
@Transactional(readOnly = true)
class StoredCatalog implements Catalog {

    private final CatalogProcessRepository processes;
    private final TypologyRepository typologies;

    StoredCatalog(CatalogProcessRepository processes, TypologyRepository typologies) {
        this.processes = processes;
        this.typologies = typologies;
    }

    @Override
    public List<CatalogProcess> processes() {
        return processes.findAllByOrderByPriorityDescSortOrderAsc().stream().map(CatalogProcessRow::toRecord).toList();
    }

    @Override
    public Optional<CatalogProcess> process(String code) {
        return code == null ? Optional.empty() : processes.findById(code).map(CatalogProcessRow::toRecord);
    }

    @Override
    public List<Typology> typologies() {
        // by category in the enum's order (corruption first), then catalogue order
        return typologies.findAllByOrderBySortOrderAsc().stream()
                .map(TypologyRow::toRecord)
                .sorted(Comparator.comparing(Typology::category))
                .toList();
    }

    @Override
    public Optional<Typology> typology(String code) {
        return code == null ? Optional.empty() : typologies.findById(code).map(TypologyRow::toRecord);
    }
}
