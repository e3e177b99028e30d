package pe.integrity.register.national;

import java.time.Instant;
import pe.integrity.shared.ErrorReference;

/**
 * A background export as its requester sees it. A failed job says why in words the requester understands
 * ({@link #failureKey()}) and, for an unexpected failure, the reference under which the log holds the details.
 */
public record ExportJobView(
        Long id,
        String kind,
        String requestedBy,
        ExportStatus status,
        long rowsDone,
        Long rowsTotal,
        NationalFilter filter,
        Instant createdAt,
        Instant startedAt,
        Instant finishedAt,
        String fileName,
        Long fileSize,
        String verificationCode,
        String error) {

    /** Stored as the error of a job refused because too many were waiting. */
    static final String BUSY = "BUSY";
    /** Stored as the error of a job a restart interrupted. */
    static final String INTERRUPTED = "INTERRUPTED";

    /** The message key saying why the job failed; null unless it failed. */
    public String failureKey() {
        if (status != ExportStatus.FAILED) {
            return null;
        }
        if (BUSY.equals(error)) {
            return "national.job.failed.busy";
        }
        if (INTERRUPTED.equals(error)) {
            return "national.job.failed.interrupted";
        }
        return "national.job.failed.unexpected";
    }

    /** The reference of an unexpected failure, to quote to an administrator; null otherwise (or for old rows). */
    public String reference() {
        return status == ExportStatus.FAILED && ErrorReference.isReference(error) ? error : null;
    }

    /** 0–100; 0 until the total is known, 100 once done. */
    public int percent() {
        if (status == ExportStatus.DONE) {
            return 100;
        }
        if (rowsTotal == null || rowsTotal == 0) {
            return 0;
        }
        return (int) Math.min(100, rowsDone * 100 / rowsTotal);
    }
}
