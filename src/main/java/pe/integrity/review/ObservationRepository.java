package pe.integrity.review;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface ObservationRepository extends JpaRepository<Observation, Long> {

    List<Observation> findByAssessmentIdOrderBySubmissionRoundDescIdAsc(Long assessmentId);

    long countByAssessmentId(Long assessmentId);
}
