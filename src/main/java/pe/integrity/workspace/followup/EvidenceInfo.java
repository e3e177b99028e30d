package pe.integrity.workspace.followup;

import java.time.Instant;

/** An evidence file without its bytes, for lists. */
public record EvidenceInfo(Long id, Long measureId, String filename, String contentType, long size, String uploadedBy,
        Instant uploadedAt) {}
