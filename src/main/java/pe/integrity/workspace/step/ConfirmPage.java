package pe.integrity.workspace.step;

import org.springframework.stereotype.Component;
import org.springframework.ui.Model;
import pe.integrity.assessment.Assessments;
import pe.integrity.organisation.CurrentUser;
import pe.integrity.workspace.page.Views;

/** Shows a {@link Confirmation} under the header of the assessment it is about. */
@Component
public class ConfirmPage {

    private final Assessments assessments;
    private final StepTasks steps;
    private final Views views;

    public ConfirmPage(Assessments assessments, StepTasks steps, Views views) {
        this.assessments = assessments;
        this.steps = steps;
        this.views = views;
    }

    public String ask(CurrentUser user, Long assessmentId, Confirmation question, Model model) {
        return question.show(model, views, assessments.get(user, assessmentId));
    }

    /** "Completar paso" of the step page at {@code stepUrl}: its task checked, then the question. */
    public String askToComplete(CurrentUser user, Long assessmentId, String key, String taskId, String stepUrl,
            Model model) {
        return ask(user, assessmentId, steps.confirmation(user, assessmentId, key, taskId, stepUrl + "/complete",
                stepUrl), model);
    }
}
