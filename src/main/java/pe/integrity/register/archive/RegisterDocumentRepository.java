package pe.integrity.register.archive;

import java.util.List;
import java.util.Optional;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;

public interface RegisterDocumentRepository extends JpaRepository<RegisterDocument, Long> {

    Optional<RegisterDocument> findBySha256(String sha256);

    Optional<RegisterDocument> findByVerificationCode(String verificationCode);

    List<RegisterDocument> findByAssessmentIdOrderByGeneratedAtDescIdDesc(Long assessmentId);

    List<RegisterDocument> findByKindOrderByGeneratedAtDescIdDesc(RegisterKind kind, Pageable page);

    Optional<RegisterDocument> findByAssessmentIdAndKindAndFollowUpCycle(Long assessmentId, RegisterKind kind,
            Integer followUpCycle);

    boolean existsByAssessmentIdAndKindAndDraftFalseAndSubmissionRound(Long assessmentId, RegisterKind kind,
            Integer submissionRound);
}
