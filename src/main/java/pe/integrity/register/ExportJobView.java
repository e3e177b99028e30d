package pe.integrity.register;

import java.time.Instant;

/** A background export as its requester sees it. */
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
