package pe.integrity.offline;

import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.nio.charset.StandardCharsets;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.HandlerMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import pe.integrity.assessment.StageClosedException;
import pe.integrity.organisation.CurrentUser;
import pe.integrity.shared.InvalidInputException;

/**
 * "Trabajar sin conexión": the page that explains the round trip and offers the download and the upload, the
 * preview of an upload, and its confirmation. Each answer is a page (no script): problems are listed on the same
 * page as the upload form, the preview is its own address the user can come back to until they confirm.
 */
@Controller
@RequestMapping("/assessments/{id}/workbook")
class WorkbookController {

    static final String VIEW = "offline/workbook";
    static final String PREVIEW = "offline/preview";

    private final WorkbookImport workbooks;
    private final WorkbookPage page;

    WorkbookController(WorkbookImport workbooks, WorkbookPage page) {
        this.workbooks = workbooks;
        this.page = page;
    }

    @GetMapping
    String show(@AuthenticationPrincipal CurrentUser user, @PathVariable Long id, Model model) {
        page.fill(user, id, model);
        return VIEW;
    }

    @GetMapping("/matriz.xlsx")
    ResponseEntity<byte[]> download(@AuthenticationPrincipal CurrentUser user, @PathVariable Long id) {
        WorkbookImport.Download d = workbooks.download(user, id);
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"))
                .header(HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment().filename(d.filename(), StandardCharsets.UTF_8).build().toString())
                .header(HttpHeaders.CACHE_CONTROL, "no-store")
                .body(d.content());
    }

    @PostMapping("/uploads")
    String upload(@AuthenticationPrincipal CurrentUser user, @PathVariable Long id,
            @RequestParam(name = "file", required = false) MultipartFile file, Model model) throws IOException {
        if (file == null || file.isEmpty()) {
            return refused(user, id, model, new UploadOutcome.Refused("offline.refused.noFile", new Object[0]));
        }
        UploadOutcome outcome = workbooks.upload(user, id, file.getOriginalFilename(), file.getBytes());
        if (outcome instanceof UploadOutcome.Stored stored) {
            return "redirect:/assessments/" + id + "/workbook/uploads/" + stored.uploadId();
        }
        return refused(user, id, model, outcome);
    }

    @GetMapping("/uploads/{uid}")
    String preview(@AuthenticationPrincipal CurrentUser user, @PathVariable Long id, @PathVariable Long uid,
            Model model) {
        page.fill(user, id, model);
        model.addAttribute("preview", workbooks.preview(user, id, uid));
        model.addAttribute("uploadId", uid);
        return PREVIEW;
    }

    @PostMapping("/uploads/{uid}/apply")
    String apply(@AuthenticationPrincipal CurrentUser user, @PathVariable Long id, @PathVariable Long uid,
            Model model, RedirectAttributes flash) {
        WorkbookImport.Applied applied;
        try {
            applied = workbooks.apply(user, id, uid);
        } catch (InvalidInputException | StageClosedException e) {
            // a use case refused a row after the plan accepted it (the data changed in between): nothing was applied
            page.fill(user, id, model);
            model.addAttribute("preview", workbooks.preview(user, id, uid));
            model.addAttribute("uploadId", uid);
            model.addAttribute("applyFailed", true);
            return PREVIEW;
        }
        if (applied.refused() != null) {
            return "redirect:/assessments/" + id + "/workbook/uploads/" + uid;
        }
        flash.addFlashAttribute("applied", List.of(applied.created(), applied.changed(), applied.removed(),
                applied.measuresCreated(), applied.measuresChanged(), applied.measuresRemoved(), applied.progressReports()));
        return "redirect:/assessments/" + id + "/workbook";
    }

    /** A file above the multipart limit: the upload page with the size message, nothing stored. */
    @ExceptionHandler(MaxUploadSizeExceededException.class)
    @ResponseStatus(HttpStatus.PAYLOAD_TOO_LARGE)
    String tooLarge(@AuthenticationPrincipal CurrentUser user, HttpServletRequest request, Model model) {
        Map<?, ?> path = (Map<?, ?>) request.getAttribute(HandlerMapping.URI_TEMPLATE_VARIABLES_ATTRIBUTE);
        Long id = Long.valueOf(String.valueOf(path.get("id")));
        return refused(user, id, model, new UploadOutcome.Refused("offline.refused.tooLarge",
                new Object[] {page.maxMegabytes()}));
    }

    private String refused(CurrentUser user, Long id, Model model, UploadOutcome outcome) {
        page.fill(user, id, model);
        model.addAttribute("outcome", outcome);
        return VIEW;
    }
}
