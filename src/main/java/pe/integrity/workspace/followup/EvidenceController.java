package pe.integrity.workspace.followup;

import jakarta.servlet.http.HttpServletRequest;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BeanPropertyBindingResult;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.servlet.HandlerMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import pe.integrity.organisation.CurrentUser;
import pe.integrity.shared.FormErrors;

/** Evidence files: uploaded on a measure's follow-up page, downloaded as attachments. */
@Controller
public class EvidenceController {

    private final EvidenceStore store;
    private final FollowUpPage page;

    EvidenceController(EvidenceStore store, FollowUpPage page) {
        this.store = store;
        this.page = page;
    }

    @PostMapping("/assessments/{id}/follow-up/{mid}/evidence")
    String upload(@AuthenticationPrincipal CurrentUser user, @PathVariable Long id, @PathVariable Long mid,
            @ModelAttribute("evidenceForm") EvidenceForm form, BindingResult errors, Model model,
            RedirectAttributes flash) {
        if (FormErrors.accepted(errors, () -> store.upload(user, id, mid, form.getFile()))) {
            flash.addFlashAttribute("notice", "workspace.evidence.uploaded");
            return "redirect:/assessments/" + id + "/follow-up/" + mid;
        }
        page.one(user, id, mid, model);
        return FollowUpController.MEASURE_VIEW;
    }

    /**
     * A file above the multipart limit never reaches {@link #upload}: the same page comes back with the same
     * message as for a file over 5 MB (413, nothing stored).
     */
    @ExceptionHandler(MaxUploadSizeExceededException.class)
    @ResponseStatus(HttpStatus.PAYLOAD_TOO_LARGE)
    String tooLarge(@AuthenticationPrincipal CurrentUser user, HttpServletRequest request, Model model) {
        Map<?, ?> path = (Map<?, ?>) request.getAttribute(HandlerMapping.URI_TEMPLATE_VARIABLES_ATTRIBUTE);
        Long id = Long.valueOf(String.valueOf(path.get("id")));
        Long mid = Long.valueOf(String.valueOf(path.get("mid")));
        EvidenceForm form = new EvidenceForm();
        BindingResult errors = new BeanPropertyBindingResult(form, "evidenceForm");
        errors.rejectValue("file", EvidenceFiles.TOO_LARGE);
        model.addAttribute("evidenceForm", form);
        model.addAttribute(BindingResult.MODEL_KEY_PREFIX + "evidenceForm", errors);
        page.one(user, id, mid, model);
        return FollowUpController.MEASURE_VIEW;
    }

    /** Always an attachment, with the stored (allow-listed) type: the browser never renders it in our origin. */
    @GetMapping("/assessments/{id}/evidence/{eid}")
    ResponseEntity<byte[]> download(@AuthenticationPrincipal CurrentUser user, @PathVariable Long id,
            @PathVariable Long eid) {
        Evidence e = store.download(user, id, eid);
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType(e.getContentType()))
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename(e.getFilename(), StandardCharsets.UTF_8)
                        .build()
                        .toString())
                .body(e.getBytes());
    }
}
