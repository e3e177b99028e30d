package pe.integrity.workspace.review;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import pe.integrity.assessment.SipDecision;
import pe.integrity.organisation.CurrentUser;
import pe.integrity.review.ObservationForm;
import pe.integrity.review.ReviewPages;
import pe.integrity.shared.InvalidInputException;
import pe.integrity.workflow.ReviewFilter;
import pe.integrity.workflow.ReviewSteps;
import pe.integrity.workflow.TaskGoneException;
import pe.integrity.workflow.TaskView;

/** SIP reviewers' screens: the submissions waiting for them and the review page of one submission. */
@Controller
@RequestMapping("/review")
@PreAuthorize("hasRole('SIP_REVIEWER')")
public class ReviewController {

    private static final Pattern ROW_FIELD = Pattern.compile("observations\\[(\\d+)]\\.(\\w+)");

    private final ReviewSteps steps;
    private final ReviewQueue queue;
    private final ReviewPages pages;

    ReviewController(ReviewSteps steps, ReviewQueue queue, ReviewPages pages) {
        this.steps = steps;
        this.queue = queue;
        this.pages = pages;
    }

    @GetMapping
    String list(@AuthenticationPrincipal CurrentUser user, @RequestParam(defaultValue = "0") int page,
            @RequestParam(defaultValue = "ALL") String filter, Model model) {
        model.addAttribute("pending", queue.pending(user, filterOf(filter), page));
        model.addAttribute("reviewers", queue.reviewers());
        return "review/list";
    }

    /** "Asignarme", "Asignar" to a colleague or "Liberar": back to the same part of the queue with a notice. */
    @PostMapping("/tasks/{taskId}/assign")
    String assign(@AuthenticationPrincipal CurrentUser user, @PathVariable String taskId,
            @RequestParam(required = false) String assignee, @RequestParam(defaultValue = "ALL") String filter,
            @RequestParam(defaultValue = "0") int page, RedirectAttributes flash) {
        try {
            queue.assign(user, taskId, assignee);
            flash.addFlashAttribute("assigned", assignee == null || assignee.isBlank() ? "released" : "assigned");
        } catch (InvalidInputException e) {
            flash.addFlashAttribute("assignProblem", e.code());
        }
        return "redirect:/review?filter=" + filterOf(filter).name() + "&page=" + Math.max(0, page);
    }

    private static ReviewFilter filterOf(String value) {
        return Arrays.stream(ReviewFilter.values()).filter(f -> f.name().equals(value)).findFirst()
                .orElse(ReviewFilter.ALL);
    }

    @GetMapping("/tasks/{taskId}")
    String show(@AuthenticationPrincipal CurrentUser user, @PathVariable String taskId, Model model) {
        model.addAttribute("form", ReviewForm.blank());
        return page(user, taskId, model);
    }

    @PostMapping("/tasks/{taskId}")
    String decide(
            @AuthenticationPrincipal CurrentUser user,
            @PathVariable String taskId,
            @ModelAttribute("form") ReviewForm form,
            BindingResult errors,
            @RequestParam(required = false) String decision,
            @RequestParam(required = false) String addRow,
            Model model,
            RedirectAttributes flash) {
        if (addRow != null) {
            form.addRow();
            return page(user, taskId, model);
        }
        if (errors.hasErrors()) {
            return page(user, taskId, model); // text refused while binding (TextInputAdvice): nothing is decided
        }
        // untouched rows are not observations; remember where the others sit in the form for error messages
        List<ObservationForm> given = new ArrayList<>();
        List<Integer> rows = new ArrayList<>();
        for (int i = 0; i < form.getObservations().size(); i++) {
            ObservationForm row = form.getObservations().get(i);
            if (row != null && !row.isBlank()) {
                given.add(row);
                rows.add(i);
            }
        }
        try {
            SipDecision chosen = parse(decision);
            steps.decide(user, taskId, chosen, given);
            flash.addFlashAttribute("decided", chosen.name());
            return "redirect:/review";
        } catch (InvalidInputException e) {
            reject(errors, e, rows);
            return page(user, taskId, model);
        }
    }

    /** A decision on a task someone decided meanwhile gets the plain 409 page, as it always has. */
    @ExceptionHandler(TaskGoneException.class)
    @ResponseStatus(HttpStatus.CONFLICT)
    String taskGone() {
        return "error/409";
    }

    private String page(CurrentUser user, String taskId, Model model) {
        TaskView task = steps.reviewTask(user, taskId);
        model.addAttribute("task", task);
        model.addAttribute("overdue", queue.overdue(task.due()));
        model.addAttribute("reviewers", queue.reviewers());
        model.addAttribute("review", pages.load(user, task.assessmentId()));
        return "review/task";
    }

    /** No decision or an unknown one is null: the decision's use case refuses it on field {@code decision}. */
    private static SipDecision parse(String decision) {
        return Arrays.stream(SipDecision.values()).filter(d -> d.name().equals(decision)).findFirst().orElse(null);
    }

    /** Field errors go next to the row the reviewer typed; the others go to the summary at the top. */
    private static void reject(BindingResult errors, InvalidInputException e, List<Integer> rows) {
        Matcher m = ROW_FIELD.matcher(e.field());
        if (m.matches()) {
            int row = rows.get(Integer.parseInt(m.group(1)));
            errors.rejectValue("observations[" + row + "]." + m.group(2), e.code());
        } else {
            errors.reject(e.code());
        }
    }
}
