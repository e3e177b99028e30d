package pe.integrity.assessment;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface AssessmentEventRepository extends JpaRepository<AssessmentEvent, Long> {

    List<AssessmentEvent> findByAssessmentIdOrderByOccurredAtAscIdAsc(Long assessmentId);
}
