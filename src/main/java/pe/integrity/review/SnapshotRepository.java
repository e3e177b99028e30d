package pe.integrity.review;

import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface SnapshotRepository extends JpaRepository<SubmissionSnapshot, Long> {

    Optional<SubmissionSnapshot> findByAssessmentIdAndRound(Long assessmentId, int round);

    java.util.List<SubmissionSnapshot> findByAssessmentIdOrderByRound(Long assessmentId);
}
