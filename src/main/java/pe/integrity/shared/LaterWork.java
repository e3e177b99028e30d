package pe.integrity.shared;

import java.util.Map;

/**
 * Work to do later, durably: enqueued inside the caller's transaction (it exists exactly when that transaction
 * commits), run afterwards by one node of the cluster in a transaction of its own, retried when it fails and, once
 * its attempts are spent, left for an operator to see (ADR 0011). The module that owns the work implements a
 * {@link DurableJob} of the same name; the workflow module runs it.
 */
public interface LaterWork {

    /**
     * Enqueues the job in the current transaction.
     *
     * @param job the {@link DurableJob#name()} that will run it
     * @param key what the work is about (an assessment and round, an export id); shown to operators and used by
     *     {@link #runNow}
     * @param payload what the job needs, as plain values: String (up to 4000 characters), Long, Integer, Boolean
     *     or null
     */
    void enqueue(String job, String key, Map<String, Object> payload);

    /**
     * Runs now, in this thread, the waiting work of this job and key, also when its attempts are spent (a person
     * asked for it). A failure is recorded like any other attempt and not thrown. Returns how many it ran.
     */
    int runNow(String job, String key);

    /** How many times a job is tried before it stops and waits for an operator. */
    int attempts();
}
