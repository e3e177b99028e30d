package pe.integrity.workspace.review;

import java.util.ArrayList;
import java.util.List;
import pe.integrity.review.ObservationForm;

/** The review page's form: observation rows; the pressed button says the decision. */
public class ReviewForm {

    static final int BLANK_ROWS = 3;
    static final int MAX_ROWS = 60;

    private List<ObservationForm> observations = new ArrayList<>();

    static ReviewForm blank() {
        ReviewForm form = new ReviewForm();
        for (int i = 0; i < BLANK_ROWS; i++) {
            form.observations.add(new ObservationForm());
        }
        return form;
    }

    void addRow() {
        if (observations.size() < MAX_ROWS) {
            observations.add(new ObservationForm());
        }
    }

    public List<ObservationForm> getObservations() {
        return observations;
    }

    public void setObservations(List<ObservationForm> observations) {
        this.observations = observations == null ? new ArrayList<>() : observations;
    }
}
