package pe.integrity.catalog;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface ScoringSchemeRepository extends JpaRepository<ScoringSchemeRow, String> {

    List<ScoringSchemeRow> findByActiveTrue();

    List<ScoringSchemeRow> findAllByOrderByValidFromDescCodeAsc();

    boolean existsByDecisionPrefix(String decisionPrefix);
}
