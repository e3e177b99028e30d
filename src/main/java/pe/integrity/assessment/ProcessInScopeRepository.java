package pe.integrity.assessment;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface ProcessInScopeRepository extends JpaRepository<ProcessInScope, Long> {

    List<ProcessInScope> findByAssessmentIdOrderById(Long assessmentId);
}
