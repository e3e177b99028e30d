package pe.integrity.shared;

import java.util.Map;

/**
 * One kind of {@link LaterWork}, found by its name. It runs in a transaction of its own; an exception rolls that
 * back and makes the job run again later. It must be idempotent: a retry, or a crash after the work but before the
 * commit, runs it again with the same payload.
 */
public interface DurableJob {

    /** Unique among the jobs; stored with every enqueued job, so never rename one that may still be waiting. */
    String name();

    void run(Map<String, Object> payload);
}
