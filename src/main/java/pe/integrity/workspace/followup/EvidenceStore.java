package pe.integrity.workspace.followup;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.multipart.MultipartFile;
import pe.integrity.assessment.Assessments;
import pe.integrity.assessment.FollowUpReporting;
import pe.integrity.assessment.Measure;
import pe.integrity.organisation.CurrentUser;
import pe.integrity.shared.InvalidInputException;
import pe.integrity.shared.NotFoundException;

/**
 * Evidence files of follow-up reports. Uploads come from the measure's process owner or the Conductor during
 * follow-up; downloads are for everyone who may read the assessment.
 */
@Service
@Transactional
public class EvidenceStore {

    private final EvidenceRepository evidence;
    private final Assessments assessments;
    private final FollowUpReporting reporting;
    private final Clock clock;

    EvidenceStore(EvidenceRepository evidence, Assessments assessments, FollowUpReporting reporting, Clock clock) {
        this.evidence = evidence;
        this.assessments = assessments;
        this.reporting = reporting;
        this.clock = clock;
    }

    /** Checks who, when and what before anything is stored. */
    EvidenceInfo upload(CurrentUser user, Long assessmentId, Long measureId, MultipartFile file) {
        measure(user, assessmentId, measureId);
        reporting.requireReportable(user, measureId);
        if (file == null || file.isEmpty()) {
            throw new InvalidInputException("file", "workspace.evidence.empty");
        }
        if (file.getSize() > EvidenceFiles.MAX_BYTES) {
            throw new InvalidInputException("file", EvidenceFiles.TOO_LARGE);
        }
        byte[] bytes = bytes(file);
        String name = EvidenceFiles.safeName(file.getOriginalFilename());
        String type = EvidenceFiles.contentType(name, bytes)
                .orElseThrow(() -> new InvalidInputException("file", "workspace.evidence.type"));
        Evidence saved = evidence.save(new Evidence(measureId, name, type, bytes, user.username(), Instant.now(clock)));
        return info(saved);
    }

    @Transactional(readOnly = true)
    List<EvidenceInfo> of(Collection<Long> measureIds) {
        return measureIds.isEmpty() ? List.of() : evidence.infoOf(measureIds);
    }

    /** The file, if it belongs to a measure of this assessment and the user may read the assessment. */
    @Transactional(readOnly = true)
    Evidence download(CurrentUser user, Long assessmentId, Long evidenceId) {
        Evidence e = evidence.findById(evidenceId).orElseThrow(() -> new NotFoundException("evidence", evidenceId));
        measure(user, assessmentId, e.getMeasureId());
        return e;
    }

    private Measure measure(CurrentUser user, Long assessmentId, Long measureId) {
        return assessments.measures(user, assessmentId).stream()
                .filter(m -> m.getId().equals(measureId))
                .findFirst()
                .orElseThrow(() -> new NotFoundException("measure", measureId));
    }

    private static EvidenceInfo info(Evidence e) {
        return new EvidenceInfo(e.getId(), e.getMeasureId(), e.getFilename(), e.getContentType(), e.getSize(),
                e.getUploadedBy(), e.getUploadedAt());
    }

    private static byte[] bytes(MultipartFile file) {
        try {
            return file.getBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
