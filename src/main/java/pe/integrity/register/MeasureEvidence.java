package pe.integrity.register;

import java.time.Instant;
import java.util.Collection;
import java.util.List;

/**
 * The evidence files of measures, as the entity register lists them (name and upload time, never the bytes).
 * The workspace module owns the files and implements this port, so the register does not depend on the screens'
 * module; the register asks only for measures it has already read through the assessment module's checked reads.
 */
public interface MeasureEvidence {

    /** Every file of these measures, oldest first. */
    List<EvidenceFile> of(Collection<Long> measureIds);

    /** One evidence file of a measure. */
    record EvidenceFile(Long measureId, String filename, Instant uploadedAt) {}
}
