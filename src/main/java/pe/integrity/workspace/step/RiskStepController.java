package pe.integrity.workspace.step;

import jakarta.validation.Valid;
import java.util.Locale;
import java.util.Set;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import pe.integrity.assessment.AssessmentStage;
import pe.integrity.organisation.CurrentUser;
import pe.integrity.shared.FormErrors;

/**
 * A step worked risk by risk (evaluation, treatment): the step's overview, a risk's page, saving a risk's form and
 * "Completar paso". A subclass maps the step's path and posts the risk's form through {@link #save}.
 */
public abstract class RiskStepController {

    private final String step;
    private final String key;
    private final Set<AssessmentStage> stages;
    private final RiskStepPage page;
    private final Collaborators with;

    /** What every risk step uses, in one bean so that subclasses do not repeat six constructor parameters. */
    @Component
    public record Collaborators(StepRisks risks, StepGuard guard, StepTasks steps, ConfirmPage confirm) {}

    /**
     * @param step the step's path segment, also its views' names: {@code workspace/<step>} and {@code -risk}
     * @param key the step's task key
     * @param stages the stages in which its risks may be edited
     */
    public RiskStepController(String step, String key, Set<AssessmentStage> stages, RiskStepPage page, Collaborators with) {
        this.step = step;
        this.key = key;
        this.stages = stages;
        this.page = page;
        this.with = with;
    }

    @GetMapping
    public String show(@AuthenticationPrincipal CurrentUser user, @PathVariable Long id, Model model, Locale locale) {
        page.all(user, id, model, locale);
        return view();
    }

    @GetMapping("/{rid}")
    public String risk(@AuthenticationPrincipal CurrentUser user, @PathVariable Long id, @PathVariable Long rid, Model model,
            Locale locale) {
        page.one(user, id, rid, model, locale);
        return riskView();
    }

    @GetMapping("/complete")
    public String confirmComplete(@AuthenticationPrincipal CurrentUser user, @PathVariable Long id,
            @RequestParam(required = false) String taskId, Model model) {
        return with.confirm().askToComplete(user, id, key, taskId, stepUrl(id), model);
    }

    @PostMapping("/complete")
    public String complete(@AuthenticationPrincipal CurrentUser user, @PathVariable Long id,
            @Valid @ModelAttribute("decision") DecisionForm form, BindingResult errors, Model model, Locale locale,
            RedirectAttributes flash) {
        return with.steps().completeFromPage(user, id, key, form, errors, model, flash,
                () -> page.all(user, id, model, locale), view());
    }

    /**
     * Saves a risk's form: refused before the form is looked at unless the user works on the risk while the step
     * is open; saved → {@code savedUrl}; refused input → the risk's page again with the messages.
     */
    public String save(CurrentUser user, Long id, Long rid, BindingResult errors, Runnable useCase, String savedUrl,
            Model model, Locale locale, RedirectAttributes flash) {
        with.guard().requireWorksOn(user, id, with.risks().owner(user, id, rid), stages);
        if (FormErrors.accepted(errors, useCase)) {
            flash.addFlashAttribute("notice", "form.saved");
            return "redirect:" + savedUrl;
        }
        page.one(user, id, rid, model, locale);
        return riskView();
    }

    public String stepUrl(Long id) {
        return "/assessments/" + id + "/" + step;
    }

    private String view() {
        return "workspace/" + step;
    }

    private String riskView() {
        return view() + "-risk";
    }
}
