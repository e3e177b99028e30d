package pe.integrity.library;

import java.util.Locale;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.util.UriComponentsBuilder;
import pe.integrity.library.LibraryCuration.MeasureAction;
import pe.integrity.organisation.CurrentUser;
import pe.integrity.organisation.EntityType;

/**
 * SIP's curation of the library of measures: a paged list with filters (typology, entity type, state) and, for SIP's
 * reviewers, forms that exclude or include a measure or a whole register and mark or unmark a good practice. Auditors
 * read it; entity users get 403 (they see suggestions in their plan, never this list).
 */
@Controller
@RequestMapping("/library")
@PreAuthorize("hasAnyRole('SIP_REVIEWER','AUDITOR')")
class LibraryController {

    static final int PAGE_SIZE = 25;

    private final MeasureLibrary library;
    private final LibraryCuration curation;

    LibraryController(MeasureLibrary library, LibraryCuration curation) {
        this.library = library;
        this.curation = curation;
    }

    @GetMapping
    String list(@AuthenticationPrincipal CurrentUser user, @RequestParam(required = false) String typology,
            @RequestParam(required = false) EntityType entityType,
            @RequestParam(required = false) LibraryFilter.State state, @RequestParam(defaultValue = "0") int page,
            Locale locale, Model model) {
        LibraryFilter filter = new LibraryFilter(typology, entityType, state);
        model.addAttribute("filter", filter);
        model.addAttribute("measures", library.page(user, filter, page, PAGE_SIZE, locale));
        model.addAttribute("typologies", library.typologies());
        model.addAttribute("entityTypes", EntityType.values());
        model.addAttribute("states", LibraryFilter.State.values());
        model.addAttribute("curates", user.has(pe.integrity.organisation.Role.SIP_REVIEWER));
        return "library/index";
    }

    @PostMapping("/measures/{mid}")
    @PreAuthorize("hasRole('SIP_REVIEWER')")
    String decide(@AuthenticationPrincipal CurrentUser user, @PathVariable Long mid,
            @RequestParam(required = false) MeasureAction action,
            @RequestParam(required = false) String typology, @RequestParam(required = false) EntityType entityType,
            @RequestParam(required = false) LibraryFilter.State state, @RequestParam(defaultValue = "0") int page,
            RedirectAttributes flash) {
        requirePresent(action); // after the role check: an outsider learns nothing from a malformed form
        curation.decide(user, mid, action);
        flash.addFlashAttribute("notice", "library.done." + action);
        return back(typology, entityType, state, page, "m" + mid);
    }

    @PostMapping("/registers/{aid}")
    @PreAuthorize("hasRole('SIP_REVIEWER')")
    String register(@AuthenticationPrincipal CurrentUser user, @PathVariable Long aid,
            @RequestParam(required = false) Boolean excluded, @RequestParam(required = false) String typology,
            @RequestParam(required = false) EntityType entityType,
            @RequestParam(required = false) LibraryFilter.State state, @RequestParam(defaultValue = "0") int page,
            RedirectAttributes flash) {
        requirePresent(excluded);
        curation.excludeRegister(user, aid, excluded);
        flash.addFlashAttribute("notice", excluded ? "library.done.registerExcluded" : "library.done.registerIncluded");
        return back(typology, entityType, state, page, null);
    }

    private static void requirePresent(Object parameter) {
        if (parameter == null) {
            throw new ResponseStatusException(HttpStatus.BAD_REQUEST);
        }
    }

    /** Back to the same page of the same list, at the measure just decided. */
    private static String back(String typology, EntityType entityType, LibraryFilter.State state, int page,
            String anchor) {
        UriComponentsBuilder url = UriComponentsBuilder.fromPath("/library");
        if (typology != null && !typology.isBlank()) {
            url.queryParam("typology", typology);
        }
        if (entityType != null) {
            url.queryParam("entityType", entityType);
        }
        if (state != null) {
            url.queryParam("state", state);
        }
        if (page > 0) {
            url.queryParam("page", page);
        }
        if (anchor != null) {
            url.fragment(anchor);
        }
        return "redirect:" + url.encode().build().toUriString();
    }
}
