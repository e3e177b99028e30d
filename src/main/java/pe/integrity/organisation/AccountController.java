package pe.integrity.organisation;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import pe.integrity.shared.FormErrors;

/** Every signed-in person changes their own password here, with the current one (linked from the header). */
@Controller
@RequestMapping("/account/password")
class AccountController {

    private static final String FORM = "account/password";

    private final UserDirectory users;

    AccountController(UserDirectory users) {
        this.users = users;
    }

    @GetMapping
    String form(@ModelAttribute("form") PasswordChangeForm form) {
        return FORM;
    }

    @PostMapping
    String change(
            @AuthenticationPrincipal CurrentUser me,
            @ModelAttribute("form") PasswordChangeForm form,
            BindingResult errors,
            HttpServletRequest request,
            RedirectAttributes flash) {
        boolean changed = FormErrors.accepted(errors, () -> users.changeOwnPassword(
                me.id(), form, request.getRemoteAddr(), request.getSession().getId()));
        form.forget();
        if (!changed) {
            return FORM;
        }
        flash.addFlashAttribute("passwordChanged", true);
        return "redirect:/account/password";
    }
}
