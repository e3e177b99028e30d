package pe.integrity.campaign;

import jakarta.validation.Valid;
import java.util.List;
import org.springframework.data.domain.Page;
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
import pe.integrity.campaign.CampaignEntities.Preview;
import pe.integrity.organisation.CurrentUser;
import pe.integrity.assessment.FollowUpFrequency;
import pe.integrity.organisation.EntityType;
import pe.integrity.shared.FormErrors;

/**
 * SIP's campaigns. The form counts what a filter selects (a GET, nothing saved) and only then offers the launch
 * (a POST); the campaign's page shows the launch's progress and refreshes itself while it runs (no JavaScript).
 * Auditors and administrators read campaigns; only SIP reviewers launch them; entity users get 403.
 */
@Controller
@RequestMapping("/campaigns")
@PreAuthorize("hasAnyRole('SIP_REVIEWER','AUDITOR','ADMIN')")
class CampaignController {

    static final int PAGE_SIZE = 20;
    static final int ENTITIES_PAGE_SIZE = 25;

    private final Campaigns campaigns;
    private final CampaignOptions options;

    CampaignController(Campaigns campaigns, CampaignOptions options) {
        this.campaigns = campaigns;
        this.options = options;
    }

    @GetMapping
    String list(@AuthenticationPrincipal CurrentUser user, @RequestParam(defaultValue = "0") int page, Model model) {
        Page<Campaign> found = campaigns.page(user, page, PAGE_SIZE);
        model.addAttribute("page", found);
        model.addAttribute("progress", campaigns.progressOf(user, found));
        model.addAttribute("mayLaunch", Campaigns.mayLaunch(user));
        return "campaigns/list";
    }

    /** The form; once a period is chosen, also what the filter selects, with the launch button. */
    @GetMapping("/new")
    @PreAuthorize("hasRole('SIP_REVIEWER')")
    String form(@AuthenticationPrincipal CurrentUser user, @ModelAttribute("campaignForm") CampaignForm form,
            BindingResult errors, @RequestParam(defaultValue = "false") boolean count, Model model) {
        if (count) {
            check(form, errors);
            FormErrors.result(errors, () -> campaigns.preview(user, form.selection()))
                    .ifPresent(p -> model.addAttribute("preview", p));
        }
        return form(model);
    }

    @PostMapping
    @PreAuthorize("hasRole('SIP_REVIEWER')")
    String launch(@AuthenticationPrincipal CurrentUser user, @Valid @ModelAttribute("campaignForm") CampaignForm form,
            BindingResult errors, Model model) {
        check(form, errors);
        return FormErrors.result(errors, () -> campaigns.launch(user, form.selection(), form.getFollowUpFrequency()))
                .map(c -> "redirect:/campaigns/" + c.getId())
                .orElseGet(() -> form(model));
    }

    @GetMapping("/{id}")
    String show(@AuthenticationPrincipal CurrentUser user, @PathVariable Long id,
            @RequestParam(required = false) Outcome outcome, @RequestParam(defaultValue = "0") int page, Model model) {
        model.addAttribute("campaign", campaigns.get(user, id));
        model.addAttribute("progress", campaigns.progress(user, id));
        model.addAttribute("outcome", outcome);
        model.addAttribute("outcomes", Outcome.values());
        model.addAttribute("page", campaigns.entities(user, id, outcome, page, ENTITIES_PAGE_SIZE));
        return "campaigns/show";
    }

    private String form(Model model) {
        model.addAttribute("periods", options.periods());
        model.addAttribute("types", EntityType.values());
        model.addAttribute("frequencies", FollowUpFrequency.values());
        model.addAttribute("sectors", options.sectors());
        model.addAttribute("departments", options.departments());
        return "campaigns/form";
    }

    /** A value must be one the form offered; a tampered or stale one is refused next to its field. */
    private void check(CampaignForm form, BindingResult errors) {
        if (form.getPeriodYear() == null && !errors.hasFieldErrors("periodYear")) {
            errors.rejectValue("periodYear", "campaign.period.required");
        } else if (form.getPeriodYear() != null && !options.periods().contains(form.getPeriodYear())) {
            errors.rejectValue("periodYear", "campaign.filter.invalid");
        }
        reject(errors, "sector", form.getSector(), options.sectors());
        reject(errors, "department", form.getDepartment(), options.departments());
    }

    private static void reject(BindingResult errors, String field, String value, List<String> allowed) {
        if (value != null && !value.isBlank() && !allowed.contains(value.strip())) {
            errors.rejectValue(field, "campaign.filter.invalid");
        }
    }
}
