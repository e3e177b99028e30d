package pe.integrity.assessment;

import java.time.Instant;
import java.util.List;

/**
 * One follow-up cycle of an assessment as its readers see it: the progress reports filed in it and, once the
 * Conductor has submitted the cycle's report (the report step completed), when and by whom. A submitted cycle is
 * a record: its reports stay as they were filed, whatever later cycles report on the same measures.
 */
public record FollowUpCycle(int number, Instant submittedAt, String submittedBy, List<Report> reports) {

    public boolean submitted() {
        return submittedAt != null;
    }

    /** One progress report of the cycle, on one measure. */
    public record Report(String measureCode, String measureDescription, Instant reportedAt, String reporterName,
            MeasureStatus status, int progress, String comment) {}
}
