package pe.integrity.register.national;

import jakarta.validation.Valid;
import java.nio.charset.StandardCharsets;
import java.util.Collection;
import java.util.Locale;
import org.springframework.core.io.InputStreamResource;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
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
import pe.integrity.organisation.CurrentUser;

/**
 * The national register for SIP reviewers, auditors and administrators: choose the filters, follow the
 * background export (the page refreshes itself while it runs, no JavaScript needed), download the file.
 * Entity users get 403 everywhere here.
 */
@Controller
@RequestMapping("/national")
@PreAuthorize("hasAnyRole('SIP_REVIEWER','AUDITOR','ADMIN')")
public class NationalController {

    static final MediaType XLSX =
            MediaType.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");

    private final ExportJobs jobs;
    private final NationalOptions options;

    NationalController(ExportJobs jobs, NationalOptions options) {
        this.jobs = jobs;
        this.options = options;
    }

    @ModelAttribute
    void options(Model model, Locale locale) {
        model.addAttribute("periods", options.periods());
        model.addAttribute("filters", options.filters(locale));
    }

    @GetMapping
    String form(@AuthenticationPrincipal CurrentUser user, Model model) {
        requireReader(user);
        model.addAttribute("nationalForm", new NationalForm());
        return "national/form";
    }

    @PostMapping
    String submit(@AuthenticationPrincipal CurrentUser user, @Valid @ModelAttribute("nationalForm") NationalForm form,
            BindingResult errors, Model model, Locale locale) {
        requireReader(user);
        check(errors, "periodYear", form.getPeriodYear(), options.periods());
        for (FilterChoice filter : options.filters(locale)) {
            check(errors, filter.field(), errors.getFieldValue(filter.field()), filter.options().keySet());
        }
        if (errors.hasErrors()) {
            return "national/form";
        }
        ExportJobView job = jobs.submitNational(user, form.toFilter(), locale);
        return "redirect:/national/exports/" + job.id();
    }

    @GetMapping("/exports")
    String list(@AuthenticationPrincipal CurrentUser user, Model model) {
        model.addAttribute("jobs", jobs.mine(user));
        return "national/jobs";
    }

    @GetMapping("/exports/{id}")
    String show(@AuthenticationPrincipal CurrentUser user, @PathVariable Long id, Model model) {
        model.addAttribute("job", jobs.get(user, id));
        return "national/job";
    }

    @GetMapping("/exports/{id}/file")
    ResponseEntity<InputStreamResource> download(@AuthenticationPrincipal CurrentUser user, @PathVariable Long id) {
        ExportJobs.Download file = jobs.download(user, id);
        HttpHeaders headers = new HttpHeaders();
        headers.setContentDisposition(
                ContentDisposition.attachment().filename(file.fileName(), StandardCharsets.UTF_8).build());
        headers.setCacheControl("private, no-store");
        ResponseEntity.BodyBuilder response = ResponseEntity.ok().headers(headers).contentType(XLSX);
        if (file.size() >= 0) {
            response.contentLength(file.size());
        }
        return response.body(new InputStreamResource(file.content()));
    }

    private static void requireReader(CurrentUser user) {
        if (!ExportJobs.isNationalReader(user)) {
            throw new org.springframework.security.access.AccessDeniedException("national register");
        }
    }

    /** A select's value must be one it offered; anything else (a tampered form) is refused with a message. */
    private static void check(BindingResult errors, String field, Object value, Collection<?> allowed) {
        if (value != null && !(value instanceof String s && s.isBlank()) && !errors.hasFieldErrors(field)
                && !allowed.contains(value)) {
            errors.rejectValue(field, "national.filter.invalid");
        }
    }
}
