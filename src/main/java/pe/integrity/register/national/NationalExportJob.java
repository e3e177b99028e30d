package pe.integrity.register.national;

import java.util.Map;
import org.springframework.stereotype.Component;
import pe.integrity.shared.DurableJob;
import pe.integrity.shared.LaterWork;

/**
 * Runs one queued national export ({@link ExportJobs}) as a durable job. It never throws for a failed export (the
 * export is marked FAILED and its requester asks again), and running it twice is harmless: only a QUEUED export is
 * claimed.
 */
@Component
public class NationalExportJob implements DurableJob {

    static final String NAME = "national-export";

    private final ExportJobs exports;

    NationalExportJob(ExportJobs exports) {
        this.exports = exports;
    }

    static void enqueue(LaterWork later, Long exportId) {
        later.enqueue(NAME, "export " + exportId, Map.of("exportId", exportId));
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public void run(Map<String, Object> payload) {
        exports.run(((Number) payload.get("exportId")).longValue());
    }
}
