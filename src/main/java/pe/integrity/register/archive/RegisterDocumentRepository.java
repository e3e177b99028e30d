package pe.integrity.register.archive;

import java.util.List;
import java.util.Optional;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;

public interface RegisterDocumentRepository extends JpaRepository<RegisterDocument, Long> {

    Optional<RegisterDocument> findBySha256(String sha256);

    Optional<RegisterDocument> findByVerificationCode(String verificationCode);

    List<RegisterDocument> findByAssessmentIdOrderByGeneratedAtDescIdDesc(Long assessmentId);

    List<RegisterDocument> findByKindOrderByGeneratedAtDescIdDesc(RegisterKind kind, Pageable page);

    /** One page of an assessment's documents (sorted by the pageable), e.g. for the REST API. */
    Page<RegisterDocument> findByAssessmentId(Long assessmentId, Pageable page);

    Page<RegisterDocument> findByAssessmentIdAndKind(Long assessmentId, RegisterKind kind, Pageable page);

    Optional<RegisterDocument> findFirstByAssessmentIdAndKindOrderByIdAsc(Long assessmentId, RegisterKind kind);

    Optional<RegisterDocument> findByAssessmentIdAndKindAndFollowUpCycle(Long assessmentId, RegisterKind kind,
            Integer followUpCycle);

    boolean existsByAssessmentIdAndKindAndDraftFalseAndSubmissionRound(Long assessmentId, RegisterKind kind,
            Integer submissionRound);
}
