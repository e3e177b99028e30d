package pe.integrity.offline;

import java.time.Instant;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

interface WorkbookUploadRepository extends JpaRepository<WorkbookUpload, Long> {

    Optional<WorkbookUpload> findFirstByAssessmentIdAndSha256AndAppliedAtIsNotNullOrderByAppliedAtDesc(
            Long assessmentId, String sha256);

    /** Previews nobody confirmed: kept a day, then dropped when the next upload of the assessment arrives. */
    @Modifying
    @Query("delete from WorkbookUpload u where u.assessmentId = ?1 and u.appliedAt is null and u.uploadedAt < ?2")
    int dropAbandoned(Long assessmentId, Instant before);
}
