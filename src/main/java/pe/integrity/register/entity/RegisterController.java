package pe.integrity.register.entity;

import java.io.InputStream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.io.InputStreamResource;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import pe.integrity.assessment.Assessment;
import pe.integrity.assessment.Assessments;
import pe.integrity.organisation.CurrentUser;
import pe.integrity.organisation.EntityDirectory;
import pe.integrity.organisation.PublicEntity;
import pe.integrity.register.approved.ApprovedRegisters;
import pe.integrity.register.archive.RegisterArchive;
import pe.integrity.register.archive.RegisterKind;
import pe.integrity.register.archive.StoredRegister;
import pe.integrity.shared.NotFoundException;

/**
 * An assessment's registers: generate a draft (PDF or Excel), list what was generated, download. Anyone who
 * may read the assessment (its entity's people, SIP, auditors, administrators) may do all three.
 */
@Controller
public class RegisterController {

    private static final Logger log = LoggerFactory.getLogger(RegisterController.class);

    private final Assessments assessments;
    private final EntityDirectory entities;
    private final EntityRegisters registers;
    private final ApprovedRegisters approved;
    private final RegisterArchive archive;

    RegisterController(Assessments assessments, EntityDirectory entities, EntityRegisters registers,
            ApprovedRegisters approved, RegisterArchive archive) {
        this.assessments = assessments;
        this.entities = entities;
        this.registers = registers;
        this.approved = approved;
        this.archive = archive;
    }

    @GetMapping("/assessments/{id}/registers")
    String list(@AuthenticationPrincipal CurrentUser user, @PathVariable Long id, Model model) {
        Assessment a = assessments.get(user, id);
        model.addAttribute("assessment", a);
        model.addAttribute("entity", entities.find(a.getEntityId()).map(PublicEntity::getName).orElse(""));
        model.addAttribute("documents", archive.ofAssessment(id).stream().map(Listed::new).toList());
        model.addAttribute("pending", approved.pending(id));
        return "registers/list";
    }

    @PostMapping("/assessments/{id}/registers")
    String generate(@AuthenticationPrincipal CurrentUser user, @PathVariable Long id, @RequestParam RegisterKind kind,
            RedirectAttributes redirect) {
        if (kind == RegisterKind.NATIONAL_XLSX) {
            throw new ResponseStatusException(HttpStatus.BAD_REQUEST, "not an entity register");
        }
        assessments.get(user, id);
        try {
            StoredRegister doc = registers.draft(user, id, kind);
            redirect.addFlashAttribute("generated", doc.id());
        } catch (RegisterGenerationException e) {
            log.error("Draft register {} of assessment {} failed for {}", kind, id, user.username(), e);
            redirect.addFlashAttribute("failed", true);
        }
        return "redirect:/assessments/" + id + "/registers";
    }

    @GetMapping("/assessments/{id}/registers/{documentId}")
    ResponseEntity<InputStreamResource> download(@AuthenticationPrincipal CurrentUser user, @PathVariable Long id,
            @PathVariable Long documentId) {
        assessments.get(user, id);
        StoredRegister doc = archive.find(documentId)
                .filter(d -> id.equals(d.assessmentId()))
                .orElseThrow(() -> new NotFoundException("register", documentId));
        InputStream in = archive.open(doc);
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType(doc.contentType()))
                .contentLength(doc.sizeBytes())
                .header(HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment().filename(doc.filename(), java.nio.charset.StandardCharsets.UTF_8).build().toString())
                .body(new InputStreamResource(in));
    }

    /** A document as the list shows it: generation time in Lima time. */
    record Listed(StoredRegister doc, String generatedAt) {
        Listed(StoredRegister doc) {
            this(doc, RegisterText.dateTime(doc.generatedAt()));
        }
    }

    /** After the cause of a failure is fixed, an administrator need not wait for the next automatic retry. */
    @PostMapping("/assessments/{id}/registers/retry")
    @PreAuthorize("hasRole('ADMIN')")
    String retry(@AuthenticationPrincipal CurrentUser user, @PathVariable Long id) {
        assessments.get(user, id);
        approved.retryNow(id);
        return "redirect:/assessments/" + id + "/registers";
    }
}
