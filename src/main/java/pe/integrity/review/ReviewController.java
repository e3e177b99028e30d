package pe.integrity.review;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import pe.integrity.organisation.CurrentUser;
import pe.integrity.shared.InvalidInputException;

/** SIP reviewers' screens: the submissions waiting for them and the review page of one submission. */
@Controller
@RequestMapping("/review")
@PreAuthorize("hasRole('SIP_REVIEWER')")
class ReviewController {

    /** Peru has one time zone and no daylight saving: dates on screen are Lima time whatever the server's zone. */

    private static final Pattern ROW_FIELD = Pattern.compile("observations\\[(\\d+)]\\.(\\w+)");

    private final SipReview review;
    private final ReviewPages pages;

    ReviewController(SipReview review, ReviewPages pages) {
        this.review = review;
        this.pages = pages;
    }

    @GetMapping
    String list(@AuthenticationPrincipal CurrentUser user, Model model) {
        model.addAttribute("pending", review.pending(user));
        return "review/list";
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
            review.decide(user, taskId, chosen, given);
            flash.addFlashAttribute("decided", chosen.name());
            return "redirect:/review";
        } catch (InvalidInputException e) {
            reject(errors, e, rows);
            return page(user, taskId, model);
        }
    }

    private String page(CurrentUser user, String taskId, Model model) {
        model.addAttribute("review", pages.load(user, taskId));
        return "review/task";
    }

    private static SipDecision parse(String decision) {
        try {
            return SipDecision.valueOf(decision);
        } catch (IllegalArgumentException | NullPointerException e) {
            throw new InvalidInputException("decision", "review.decision.required");
        }
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
