package pe.integrity.workspace.step;

import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.ui.Model;
import pe.integrity.assessment.Assessment;
import pe.integrity.workspace.page.AssessmentHeader;
import pe.integrity.workspace.page.Views;

/**
 * The question a confirmation page asks before a destructive or final action ("Quitar", "Retirar este riesgo",
 * "Eliminar esta medida", "Completar paso"). Pages carry no JavaScript, so the action's button is a GET to the same
 * path as its POST: the controller checks what the POST checks, then shows this page, which says what will happen
 * and holds the real POST form; "Cancelar" leads back and changes nothing. One template for all:
 * {@code workspace/confirm}.
 *
 * @param titleKey the question, with {@code subject} as {0}
 * @param textKey what will happen, with {@code subject} as {0}
 * @param subject what the action is about, as the user knows it (a risk's code, a stage's name)
 * @param subjectKey or a message key naming it in the user's language (a step), when {@code subject} is null
 * @param action the POST path of the action
 * @param confirmKey the label of the button that does it ("Sí, retirar el riesgo")
 * @param cancelUrl where "Cancelar" leads
 * @param hidden fields the POST needs besides the CSRF token (the task of a step)
 */
public record Confirmation(String titleKey, String textKey, String subject, String subjectKey, String action,
        String confirmKey, String cancelUrl, Map<String, String> hidden) {

    public static final String VIEW = "workspace/confirm";

    public Confirmation {
        hidden = new LinkedHashMap<>(hidden);
    }

    public Confirmation(String titleKey, String textKey, String subject, String action, String confirmKey,
            String cancelUrl) {
        this(titleKey, textKey, subject, null, action, confirmKey, cancelUrl, Map.of());
    }

    /** Completing a step: the step named in the user's language, its task posted along. */
    public static Confirmation ofStep(String key, String taskId, String action, String cancelUrl) {
        return new Confirmation("workspace.confirm.step.title", "workspace.confirm.step." + key, null, "step." + key,
                action, "workspace.confirm.step.yes", cancelUrl, Map.of("taskId", taskId));
    }

    /** Puts the question on the model, under the assessment's header, and names the view. */
    public String show(Model model, AssessmentHeader header) {
        model.addAttribute("header", header);
        model.addAttribute("confirmation", this);
        return VIEW;
    }

    /** Same, for an assessment at hand. */
    public String show(Model model, Views views, Assessment a) {
        return show(model, views.header(a));
    }
}
