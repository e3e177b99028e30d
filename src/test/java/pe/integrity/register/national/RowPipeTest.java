package pe.integrity.register.national;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** The hand-off between the cursor reader and the cell writer: order, bounds, and failures on either side. */
@Timeout(30)
public class RowPipeTest {

    @Test
    void rowsArriveInOrderSectionBySection() throws Exception {
        RowPipe pipe = new RowPipe();
        CompletableFuture<long[]> consumer = CompletableFuture.supplyAsync(() -> {
            long[] sums = new long[2];
            for (int section = 0; section < 2; section++) {
                long expected = 0;
                for (Object[][] batch = pipe.take(); batch != RowPipe.END; batch = pipe.take()) {
                    for (Object[] row : batch) {
                        assertThat(row[0]).isEqualTo(expected++);
                        sums[section]++;
                    }
                }
            }
            return sums;
        });
        for (long i = 0; i < 10_000; i++) {
            pipe.add(new Object[] {i});
        }
        pipe.endOfSection();
        for (long i = 0; i < 7; i++) {
            pipe.add(new Object[] {i});
        }
        pipe.endOfSection();
        assertThat(consumer.get(20, TimeUnit.SECONDS)).containsExactly(10_000, 7);
    }

    @Test
    void aReaderFasterThanTheWriterWaitsForRoom() throws Exception {
        RowPipe pipe = new RowPipe();
        AtomicLong added = new AtomicLong();
        CompletableFuture<Void> reader = CompletableFuture.runAsync(() -> {
            for (long i = 0; i < 100_000; i++) {
                pipe.add(new Object[] {i});
                added.incrementAndGet();
            }
            pipe.endOfSection();
        });
        // nobody takes: the reader fills the queue, then is held once the queue and its current batch are full
        long full = (long) RowPipe.CAPACITY * RowPipe.BATCH;
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(20);
        while (added.get() < full && System.nanoTime() < deadline) {
            Thread.sleep(10);
        }
        assertThat(added.get()).as("the reader ran and filled the queue").isGreaterThanOrEqualTo(full);
        Thread.sleep(300);
        assertThat(added.get()).isLessThanOrEqualTo((long) (RowPipe.CAPACITY + 1) * RowPipe.BATCH);
        assertThat(reader).as("held, not finished").isNotDone();
        long taken = 0;
        for (Object[][] batch = pipe.take(); batch != RowPipe.END; batch = pipe.take()) {
            taken += batch.length;
        }
        reader.get(20, TimeUnit.SECONDS);
        assertThat(taken).isEqualTo(100_000);
    }

    @Test
    void aWriterFailureStopsTheReader() {
        RowPipe pipe = new RowPipe();
        IllegalStateException boom = new IllegalStateException("export no longer running");
        CompletableFuture.runAsync(() -> {
            pipe.take();
            pipe.writerFailed(boom);
        });
        assertThatThrownBy(() -> {
                    for (long i = 0; i < 10_000_000; i++) {
                        pipe.add(new Object[] {i});
                    }
                })
                .isInstanceOf(RowPipe.WriterFailed.class)
                .hasCause(boom);
    }

    @Test
    void aReaderFailureStopsTheWriter() throws Exception {
        RowPipe pipe = new RowPipe();
        CompletableFuture<Object[][]> writer = CompletableFuture.supplyAsync(pipe::take);
        Thread.sleep(100);
        pipe.abort();
        assertThatThrownBy(() -> writer.get(Duration.ofSeconds(5).toMillis(), TimeUnit.MILLISECONDS))
                .hasCauseInstanceOf(CancellationException.class);
    }
}
