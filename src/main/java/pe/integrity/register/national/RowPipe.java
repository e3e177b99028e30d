package pe.integrity.register.national;

import java.util.Arrays;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CancellationException;
import java.util.concurrent.TimeUnit;

/**
 * Hands rows from the thread that reads the database cursor to the thread that writes cells, in batches,
 * through a small bounded queue: at most {@code (CAPACITY + 2) × BATCH} rows are ever in memory, and the two
 * threads overlap (the database and the JDBC decoding on one core, POI on the other). A failure on either side
 * stops the other: the reader sees the writer's failure on its next hand-off, the writer sees an abort on its
 * next take.
 */
public final class RowPipe {

    static final int BATCH = 256;
    static final int CAPACITY = 8;

    /** Marks the end of a section (all risks, all measures). */
    static final Object[][] END = new Object[0][];

    private final BlockingQueue<Object[][]> queue = new ArrayBlockingQueue<>(CAPACITY);
    private Object[][] batch = new Object[BATCH][];
    private int size;
    private volatile Throwable writerFailure;
    private volatile boolean aborted;

    // ---- reader side ----

    void add(Object[] row) {
        batch[size++] = row;
        if (size == BATCH) {
            flush();
        }
    }

    void endOfSection() {
        flush();
        put(END);
    }

    /** The reader failed: the writer stops at its next take. */
    void abort() {
        aborted = true;
    }

    private void flush() {
        if (size > 0) {
            put(size == BATCH ? batch : Arrays.copyOf(batch, size));
            batch = new Object[BATCH][];
            size = 0;
        }
    }

    private void put(Object[][] rows) {
        try {
            while (!queue.offer(rows, 50, TimeUnit.MILLISECONDS)) {
                failIfWriterFailed();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new CancellationException("interrupted while handing rows to the workbook writer");
        }
        failIfWriterFailed();
    }

    private void failIfWriterFailed() {
        Throwable failure = writerFailure;
        if (failure != null) {
            throw new WriterFailed(failure);
        }
    }

    // ---- writer side ----

    /** The next batch, or {@link #END}; throws if the reader aborted. */
    Object[][] take() {
        try {
            while (true) {
                if (aborted) {
                    throw new CancellationException("the database reader stopped");
                }
                Object[][] rows = queue.poll(50, TimeUnit.MILLISECONDS);
                if (rows != null) {
                    return rows;
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new CancellationException("interrupted while waiting for rows");
        }
    }

    void writerFailed(Throwable failure) {
        writerFailure = failure;
        queue.clear(); // unblock a reader waiting for room
    }

    /** Thrown in the reader when the cell writer failed; carries the writer's failure. */
    static final class WriterFailed extends RuntimeException {
        WriterFailed(Throwable cause) {
            super(cause.getMessage(), cause);
        }
    }
}
