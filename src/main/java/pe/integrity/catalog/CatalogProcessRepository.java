package pe.integrity.catalog;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface CatalogProcessRepository extends JpaRepository<CatalogProcessRow, String> {

    List<CatalogProcessRow> findAllByOrderByPriorityDescSortOrderAsc();
}
