package pe.integrity.workspace.followup;

import java.util.Collection;
import java.util.List;
import org.springframework.stereotype.Component;
import pe.integrity.register.MeasureEvidence;

/** Lists the evidence files of measures for the entity register (names and dates; the bytes stay here). */
@Component
public class RegisterEvidence implements MeasureEvidence {

    private final EvidenceStore store;

    RegisterEvidence(EvidenceStore store) {
        this.store = store;
    }

    @Override
    public List<EvidenceFile> of(Collection<Long> measureIds) {
        return store.of(measureIds).stream()
                .map(e -> new EvidenceFile(e.measureId(), e.filename(), e.uploadedAt()))
                .toList();
    }
}
