package pe.integrity.organisation;

import pe.integrity.shared.NotFoundException;
import pe.integrity.shared.InvalidInputException;
import jakarta.validation.Valid;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Administrators create and edit entities. */
@Controller
@RequestMapping("/admin/entities")
@PreAuthorize("hasRole('ADMIN')")
class EntityAdminController {

    private final EntityDirectory entities;

    EntityAdminController(EntityDirectory entities) {
        this.entities = entities;
    }

    @ModelAttribute
    void options(Model model) {
        model.addAttribute("types", EntityType.values());
        model.addAttribute("parents", entities.all());
    }

    /** The form posts here; a GET (e.g. the language switch on a re-shown form) lands on the list instead of 405. */
    @GetMapping
    String list() {
        return "redirect:/entities";
    }

    @GetMapping("/new")
    String newForm(Model model) {
        model.addAttribute("form", new EntityForm());
        return "admin/entity-form";
    }

    @PostMapping
    String create(@Valid @ModelAttribute("form") EntityForm form, BindingResult errors, RedirectAttributes flash) {
        if (errors.hasErrors()) {
            return "admin/entity-form";
        }
        try {
            PublicEntity created = entities.create(form);
            flash.addFlashAttribute("saved", true);
            return "redirect:/entities/" + created.getId();
        } catch (InvalidInputException e) {
            errors.rejectValue(e.field(), e.code());
            return "admin/entity-form";
        }
    }

    @GetMapping("/{id}/edit")
    String editForm(@PathVariable Long id, Model model) {
        PublicEntity entity = entities.find(id).orElseThrow(() -> new NotFoundException("entity", id));
        model.addAttribute("form", EntityForm.of(entity));
        model.addAttribute("entityId", id);
        return "admin/entity-form";
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
            Model model,
            RedirectAttributes flash) {
        model.addAttribute("entityId", id);
        if (errors.hasErrors()) {
            return "admin/entity-form";
        }
        try {
            entities.update(id, form);
            flash.addFlashAttribute("saved", true);
            return "redirect:/entities/" + id;
        } catch (InvalidInputException e) {
            errors.rejectValue(e.field(), e.code());
            return "admin/entity-form";
        }
    }
}
