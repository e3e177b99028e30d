package pe.integrity.workspace;

import java.nio.charset.StandardCharsets;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import pe.integrity.organisation.CurrentUser;
import pe.integrity.organisation.InvalidInputException;

/** Evidence files: uploaded on a measure's follow-up page, downloaded as attachments. */
@Controller
class EvidenceController {

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
        try {
            store.upload(user, id, mid, form.getFile());
            flash.addFlashAttribute("notice", "workspace.evidence.uploaded");
            return "redirect:/assessments/" + id + "/follow-up/" + mid;
        } catch (InvalidInputException e) {
            errors.rejectValue(e.field(), e.code());
            page.one(user, id, mid, model);
            return FollowUpController.MEASURE_VIEW;
        }
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
