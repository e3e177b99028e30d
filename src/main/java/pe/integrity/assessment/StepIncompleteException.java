package pe.integrity.assessment;

import java.util.List;

/** The step still has gaps (e.g. a mandatory risk without a measure); the task stays open. */
public class StepIncompleteException extends RuntimeException {

    private final transient List<Gap> gaps;

    public StepIncompleteException(List<Gap> gaps) {
        super("step incomplete: " + gaps);
        this.gaps = List.copyOf(gaps);
    }

    public List<Gap> gaps() {
        return gaps;
    }
}
