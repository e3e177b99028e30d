package pe.integrity.register.archive;

import java.io.IOException;
import java.io.InputStream;
import java.util.Optional;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.unit.DataSize;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.multipart.MultipartFile;
import pe.integrity.organisation.EntityDirectory;
import pe.integrity.organisation.PublicEntity;
import pe.integrity.register.entity.RegisterText;

/**
 * The public verification page ({@code /verificar}, no login): is this a register the system generated, and of
 * what? Takes the verification code printed in the document, its SHA-256, or the file itself (its SHA-256 is
 * computed and looked up: one changed byte and it is not found).
 */
@Controller
public class VerificationController {

    private final RegisterArchive archive;
    private final EntityDirectory entities;
    private final DataSize maxUpload;

    VerificationController(RegisterArchive archive, EntityDirectory entities,
            @Value("${app.registers.verify-max-upload:10MB}") DataSize maxUpload) {
        this.archive = archive;
        this.entities = entities;
        this.maxUpload = maxUpload;
    }

    @GetMapping("/verificar")
    String form(@RequestParam(name = "codigo", required = false) String code, Model model) {
        if (code != null && !code.isBlank()) {
            if (code.length() > 200) {
                return error(model, "verify.error.input");
            }
            model.addAttribute("query", code.strip());
            show(archive.verify(code), model);
        }
        return "registers/verify";
    }

    @PostMapping("/verificar")
    String upload(@RequestParam(name = "archivo", required = false) MultipartFile file, Model model) throws IOException {
        if (file == null || file.isEmpty()) {
            return error(model, "verify.error.noFile");
        }
        if (file.getSize() > maxUpload.toBytes()) {
            return error(model, "verify.error.tooLarge");
        }
        model.addAttribute("uploadedName", file.getOriginalFilename());
        try (InputStream in = file.getInputStream()) {
            show(archive.verify(in), model);
        }
        return "registers/verify";
    }

    /** A file above the multipart limit never reaches {@link #upload}: the page says how large it may be (413). */
    @ExceptionHandler(MaxUploadSizeExceededException.class)
    @ResponseStatus(HttpStatus.PAYLOAD_TOO_LARGE)
    String tooLarge(Model model) {
        return error(model, "verify.error.tooLarge");
    }

    private void show(Optional<StoredRegister> found, Model model) {
        model.addAttribute("checked", true);
        found.ifPresent(doc -> {
            model.addAttribute("document", doc);
            model.addAttribute("generatedAt", RegisterText.dateTime(doc.generatedAt()));
            model.addAttribute("entity", doc.entityId() == null ? null
                    : entities.find(doc.entityId()).map(PublicEntity::getName).orElse(null));
        });
    }

    private String error(Model model, String code) {
        model.addAttribute("error", code);
        model.addAttribute("maxUploadMb", maxUpload.toMegabytes());
        return "registers/verify";
    }
}
