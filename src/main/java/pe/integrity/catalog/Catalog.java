package pe.integrity.catalog;

import java.util.List;
import java.util.Optional;

/** Read access to the reference catalogue: processes and risk typology. */
public interface Catalog {

    /** All catalogue processes, priority processes first, in catalogue order. */
    List<CatalogProcess> processes();

    Optional<CatalogProcess> process(String code);

    /** All typologies, grouped by practice category, in catalogue order. */
    List<Typology> typologies();

    Optional<Typology> typology(String code);
}
