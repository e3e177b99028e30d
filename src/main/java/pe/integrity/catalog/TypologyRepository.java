package pe.integrity.catalog;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface TypologyRepository extends JpaRepository<TypologyRow, String> {

    List<TypologyRow> findAllByOrderBySortOrderAsc();
}
