package pe.integrity.workspace;

import java.time.Instant;

/** An evidence file without its bytes, for lists. */
record EvidenceInfo(Long id, Long measureId, String filename, String contentType, long size, String uploadedBy,
        Instant uploadedAt) {}
