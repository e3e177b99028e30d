package pe.integrity.organisation;

import pe.integrity.shared.NotFoundException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/** Entity pages: the national list for SIP, auditors and administrators; one entity's page for its people. */
@Controller
class EntityController {

    static final int PAGE_SIZE = 25;

    private final EntityDirectory entities;
    private final UserDirectory users;

    EntityController(EntityDirectory entities, UserDirectory users) {
        this.entities = entities;
        this.users = users;
    }

    @GetMapping("/entities")
    @PreAuthorize("hasAnyRole('SIP_REVIEWER', 'AUDITOR', 'ADMIN')")
    String list(
            @RequestParam(defaultValue = "") String q,
            @RequestParam(required = false) EntityType type,
            @RequestParam(defaultValue = "0") int page,
            Model model) {
        model.addAttribute("page", entities.search(q, type, page, PAGE_SIZE));
        model.addAttribute("q", q);
        model.addAttribute("type", type);
        model.addAttribute("types", EntityType.values());
        return "entities/list";
    }

    @GetMapping("/entities/{entityId}")
    @PreAuthorize("@entityAccess.canRead(principal, #entityId)")
    String show(@PathVariable Long entityId, Model model) {
        PublicEntity entity = entities.find(entityId).orElseThrow(() -> new NotFoundException("entity", entityId));
        model.addAttribute("entity", entity);
        model.addAttribute("members", users.ofEntity(entityId));
        return "entities/show";
    }
}
