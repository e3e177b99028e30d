package pe.integrity.assessment;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface AssessmentEventRepository extends JpaRepository<AssessmentEvent, Long> {

    List<AssessmentEvent> findByAssessmentIdOrderByOccurredAtAscIdAsc(Long assessmentId);

    Optional<AssessmentEvent> findFirstByAssessmentIdOrderByOccurredAtDescIdDesc(Long assessmentId);

    long countByAssessmentIdAndType(Long assessmentId, AssessmentEvent.Type type);
}
