package pe.integrity.organisation;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import pe.integrity.shared.FormErrors;

/**
 * "Mis tokens de API" (linked from the header): every signed-in person creates tokens for the REST API, sees each
 * new one once, and revokes them. Only their own tokens are listed or revoked.
 */
@Controller
@RequestMapping("/account/tokens")
class ApiTokenController {

    private static final String PAGE = "account/tokens";

    private final ApiTokens tokens;

    ApiTokenController(ApiTokens tokens) {
        this.tokens = tokens;
    }

    @GetMapping
    String list(@AuthenticationPrincipal CurrentUser me, @ModelAttribute("form") ApiTokenForm form, Model model) {
        model.addAttribute("tokens", tokens.of(me));
        return PAGE;
    }

    @PostMapping
    String create(@AuthenticationPrincipal CurrentUser me, @ModelAttribute("form") ApiTokenForm form,
            BindingResult errors, Model model) {
        FormErrors.result(errors, () -> tokens.create(me, form.getName()))
                .ifPresent(token -> model.addAttribute("newToken", token)); // shown once, never stored in clear
        model.addAttribute("tokens", tokens.of(me));
        if (model.containsAttribute("newToken")) {
            model.addAttribute("form", new ApiTokenForm());
        }
        return PAGE;
    }

    @PostMapping("/{tokenId}/revoke")
    String revoke(@AuthenticationPrincipal CurrentUser me, @PathVariable Long tokenId, RedirectAttributes flash) {
        tokens.revoke(me, tokenId);
        flash.addFlashAttribute("revoked", true);
        return "redirect:/account/tokens";
    }
}
