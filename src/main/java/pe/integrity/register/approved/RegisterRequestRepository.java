package pe.integrity.register.approved;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

public interface RegisterRequestRepository extends JpaRepository<RegisterRequest, Long> {

    Optional<RegisterRequest> findByAssessmentIdAndSubmissionRound(Long assessmentId, int submissionRound);

    List<RegisterRequest> findByAssessmentIdAndDoneAtIsNull(Long assessmentId);
}
