package pe.integrity.organisation;

import pe.integrity.shared.NotFoundException;
import pe.integrity.shared.FormErrors;
import jakarta.validation.Valid;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BeanPropertyBindingResult;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Administrators create and edit entities. */
@Controller
@RequestMapping("/admin/entities")
@PreAuthorize("hasRole('ADMIN')")
class EntityAdminController {

    private static final String FORM = "admin/entity-form";

    private final EntityDirectory entities;

    EntityAdminController(EntityDirectory entities) {
        this.entities = entities;
    }

    @ModelAttribute
    void options(Model model) {
        model.addAttribute("types", EntityType.values());
    }

    /** The form posts here; a GET (e.g. the language switch on a re-shown form) lands on the list instead of 405. */
    @GetMapping
    String list() {
        return "redirect:/entities";
    }

    @GetMapping("/new")
    String newForm(Model model) {
        EntityForm form = new EntityForm();
        model.addAttribute("form", form);
        return form(model, form, null, 0);
    }

    @PostMapping
    String create(@Valid @ModelAttribute("form") EntityForm form, BindingResult errors,
            @RequestParam(required = false) String entityQuery, @RequestParam(required = false) Integer findEntity,
            Model model, RedirectAttributes flash) {
        if (findEntity != null) {
            return parentSearch(model, form, entityQuery, findEntity);
        }
        return FormErrors.result(errors, () -> entities.create(form))
                .map(created -> saved(flash, created.getId()))
                .orElseGet(() -> form(model, form, entityQuery, 0));
    }

    @GetMapping("/{id}/edit")
    String editForm(@PathVariable Long id, Model model) {
        PublicEntity entity = entities.find(id).orElseThrow(() -> new NotFoundException("entity", id));
        EntityForm form = EntityForm.of(entity);
        model.addAttribute("form", form);
        model.addAttribute("entityId", id);
        return form(model, form, null, 0);
    }

    @GetMapping("/{id}")
    String edit(@PathVariable Long id) {
        return "redirect:/admin/entities/" + id + "/edit";
    }

    @PostMapping("/{id}")
    String update(
            @PathVariable Long id,
            @Valid @ModelAttribute("form") EntityForm form,
            BindingResult errors,
            @RequestParam(required = false) String entityQuery,
            @RequestParam(required = false) Integer findEntity,
            Model model,
            RedirectAttributes flash) {
        model.addAttribute("entityId", id);
        if (findEntity != null) {
            return parentSearch(model, form, entityQuery, findEntity);
        }
        return FormErrors.accepted(errors, () -> entities.update(id, form))
                ? saved(flash, id)
                : form(model, form, entityQuery, 0);
    }

    /**
     * The parent chooser's search or page buttons (see {@code UserAdminController}): the form again with the
     * entities found, nothing saved and no field marked wrong.
     */
    private String parentSearch(Model model, EntityForm form, String entityQuery, int page) {
        model.addAttribute(BindingResult.MODEL_KEY_PREFIX + "form", new BeanPropertyBindingResult(form, "form"));
        return form(model, form, entityQuery, page);
    }

    private String form(Model model, EntityForm form, String entityQuery, int page) {
        model.addAttribute("choice", EntityChoice.of(entities, entityQuery, page, form.getParentId()));
        return FORM;
    }

    /** Back to the entity's page, which says it was saved. */
    private static String saved(RedirectAttributes flash, Long id) {
        flash.addFlashAttribute("saved", true);
        return "redirect:/entities/" + id;
    }
}
