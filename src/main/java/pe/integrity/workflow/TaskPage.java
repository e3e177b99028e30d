package pe.integrity.workflow;

import java.util.List;

/**
 * One page of open tasks and how many there are in all.
 *
 * @param page the page shown, from 0 (a page past the end shows the last one)
 */
public record TaskPage(List<TaskView> tasks, long total, int page, int size) {

    static TaskPage empty(int size) {
        return new TaskPage(List.of(), 0, 0, size);
    }

    /** A page of a list already read whole (bounded by one entity). */
    static TaskPage of(List<TaskView> all, int page, int size) {
        int last = Math.max(0, (all.size() - 1) / size);
        int shown = Math.min(Math.max(page, 0), last);
        int from = Math.min(shown * size, all.size());
        return new TaskPage(all.subList(from, Math.min(from + size, all.size())), all.size(), shown, size);
    }

    public boolean hasPrevious() {
        return page > 0;
    }

    public boolean hasNext() {
        return (long) (page + 1) * size < total;
    }

    /** Number of pages, at least one. */
    public long pages() {
        return Math.max(1, (total + size - 1) / size);
    }
}
