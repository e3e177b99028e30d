package pe.integrity.organisation;

import pe.integrity.shared.NotFoundException;
import pe.integrity.shared.FormErrors;
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

/** Administrators create users, give them an entity and roles, reset passwords and disable accounts. */
@Controller
@RequestMapping("/admin/users")
@PreAuthorize("hasRole('ADMIN')")
class UserAdminController {

    private static final String FORM = "admin/user-form";

    private final UserDirectory users;
    private final EntityDirectory entities;

    UserAdminController(UserDirectory users, EntityDirectory entities) {
        this.users = users;
        this.entities = entities;
    }

    @ModelAttribute
    void options(Model model) {
        model.addAttribute("roles", Role.values());
        model.addAttribute("entities", entities.all());
    }

    @GetMapping
    String list(Model model) {
        model.addAttribute("users", users.all());
        return "admin/users";
    }

    @GetMapping("/new")
    String newForm(Model model) {
        model.addAttribute("form", new UserForm());
        return FORM;
    }

    @PostMapping
    String create(@Valid @ModelAttribute("form") UserForm form, BindingResult errors, RedirectAttributes flash) {
        return FormErrors.accepted(errors, () -> users.create(form)) ? saved(flash) : FORM;
    }

    @GetMapping("/{id}/edit")
    String editForm(@PathVariable Long id, Model model) {
        model.addAttribute("form", users.formOf(id).orElseThrow(() -> new NotFoundException("user", id)));
        model.addAttribute("userId", id);
        return FORM;
    }

    /** The edit form posts here; a GET (e.g. the language switch on a re-shown form) opens the form again. */
    @GetMapping("/{id}")
    String edit(@PathVariable Long id) {
        return "redirect:/admin/users/" + id + "/edit";
    }

    @PostMapping("/{id}")
    String update(
            @PathVariable Long id,
            @Valid @ModelAttribute("form") UserForm form,
            BindingResult errors,
            Model model,
            RedirectAttributes flash) {
        model.addAttribute("userId", id);
        return FormErrors.accepted(errors, () -> users.update(id, form)) ? saved(flash) : FORM;
    }

    /** Back to the list, which says it was saved. */
    private static String saved(RedirectAttributes flash) {
        flash.addFlashAttribute("saved", true);
        return "redirect:/admin/users";
    }
}
