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

/** Administrators create users, give them an entity and roles, reset passwords and disable accounts. */
@Controller
@RequestMapping("/admin/users")
@PreAuthorize("hasRole('ADMIN')")
class UserAdminController {

    private static final String FORM = "admin/user-form";
    static final int PAGE_SIZE = 50;

    private final UserDirectory users;
    private final EntityDirectory entities;

    UserAdminController(UserDirectory users, EntityDirectory entities) {
        this.users = users;
        this.entities = entities;
    }

    @ModelAttribute
    void options(Model model) {
        model.addAttribute("roles", Role.values());
    }

    /** One page of the users, by username, with their entity and roles (paged in the database). */
    @GetMapping
    String list(@RequestParam(defaultValue = "0") int page, Model model) {
        model.addAttribute("page", users.page(page, PAGE_SIZE));
        return "admin/users";
    }

    @GetMapping("/new")
    String newForm(Model model) {
        UserForm form = new UserForm();
        model.addAttribute("form", form);
        return form(model, form, null, 0);
    }

    @PostMapping
    String create(@Valid @ModelAttribute("form") UserForm form, BindingResult errors,
            @RequestParam(required = false) String entityQuery, @RequestParam(required = false) Integer findEntity,
            Model model, RedirectAttributes flash) {
        if (findEntity != null) {
            return entitySearch(model, form, entityQuery, findEntity);
        }
        return FormErrors.accepted(errors, () -> users.create(form)) ? saved(flash) : form(model, form, entityQuery, 0);
    }

    @GetMapping("/{id}/edit")
    String editForm(@PathVariable Long id, Model model) {
        UserForm form = users.formOf(id).orElseThrow(() -> new NotFoundException("user", id));
        model.addAttribute("form", form);
        model.addAttribute("userId", id);
        return form(model, form, null, 0);
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
            @RequestParam(required = false) String entityQuery,
            @RequestParam(required = false) Integer findEntity,
            Model model,
            RedirectAttributes flash) {
        model.addAttribute("userId", id);
        if (findEntity != null) {
            return entitySearch(model, form, entityQuery, findEntity);
        }
        return FormErrors.accepted(errors, () -> users.update(id, form)) ? saved(flash) : form(model, form, entityQuery, 0);
    }

    /**
     * The entity chooser's search or page buttons (they post the form with {@code findEntity}, the page wanted):
     * the form again with the entities found, nothing saved and no field marked wrong. A button value, not a
     * mapping's {@code params} condition: that would make every POST read its parameters to find its handler,
     * and a too-large upload anywhere would then fail before reaching its own page.
     */
    private String entitySearch(Model model, UserForm form, String entityQuery, int page) {
        form.setPassword(null); // a typed password is never sent back in the page
        model.addAttribute(BindingResult.MODEL_KEY_PREFIX + "form", new BeanPropertyBindingResult(form, "form"));
        return form(model, form, entityQuery, page);
    }

    private String form(Model model, UserForm form, String entityQuery, int page) {
        model.addAttribute("choice", EntityChoice.of(entities, entityQuery, page, form.getEntityId()));
        return FORM;
    }

    /** Back to the list, which says it was saved. */
    private static String saved(RedirectAttributes flash) {
        flash.addFlashAttribute("saved", true);
        return "redirect:/admin/users";
    }
}
