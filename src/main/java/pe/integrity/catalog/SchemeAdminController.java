package pe.integrity.catalog;

import jakarta.validation.Valid;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import pe.integrity.shared.Display;

/**
 * Administrators see the scoring scheme versions, their tables as the DMN defines them, register a newly
 * deployed version and activate one.
 */
@Controller
@RequestMapping("/admin/schemes")
@PreAuthorize("hasRole('ADMIN')")
class SchemeAdminController {

    /** Times are shown as the integrity offices live them. */

    private final ScoringSchemes schemes;
    private final ScoringSchemeRepository registry;
    private final MessageSource messages;

    SchemeAdminController(ScoringSchemes schemes, ScoringSchemeRepository registry, MessageSource messages) {
        this.schemes = schemes;
        this.registry = registry;
        this.messages = messages;
    }

    @GetMapping
    String list(Model model) {
        model.addAttribute("schemes", schemes.all());
        model.addAttribute("unregistered", schemes.unregistered());
        return "admin/schemes";
    }

    @GetMapping("/register")
    String registerForm(@RequestParam String prefix, Model model) {
        DeployedScheme deployed = schemes.unregistered().stream()
                .filter(d -> d.decisionPrefix().equals(prefix))
                .findFirst()
                .orElseThrow(() -> new UnknownSchemeException(prefix));
        model.addAttribute("schemeForm", SchemeRegistrationForm.suggestedFor(deployed, LocalDate.now(Display.ZONE)));
        model.addAttribute("deployed", deployed);
        return "admin/scheme-register";
    }

    @PostMapping("/register")
    String register(
            @Valid @ModelAttribute("schemeForm") SchemeRegistrationForm form,
            BindingResult errors,
            Model model,
            RedirectAttributes flash) {
        if (!errors.hasErrors()) {
            try {
                ScoringScheme registered = schemes.register(form.toRegistration());
                flash.addFlashAttribute("registered", registered.code());
                return "redirect:/admin/schemes/" + registered.code();
            } catch (SchemeNotUsableException e) {
                e.problems().forEach(p -> errors.reject(p.messageKey(), p.args().toArray(), p.messageKey()));
            } catch (ScoringInputException e) {
                String field = e.messageKey().endsWith("codeTaken") ? "code" : "decisionPrefix";
                errors.rejectValue(field, e.messageKey(), e.args(), e.messageKey());
            }
        }
        model.addAttribute("deployed", schemes.unregistered().stream()
                .filter(d -> d.decisionPrefix().equals(form.getDecisionPrefix()))
                .findFirst()
                .orElse(null));
        return "admin/scheme-register";
    }

    @GetMapping("/{code}")
    String show(@PathVariable String code, Model model) {
        ScoringScheme scheme = schemes.byCode(code);
        model.addAttribute("scheme", scheme);
        ScoringSchemeRow entry = registry.findById(code).orElseThrow(() -> new UnknownSchemeException(code));
        model.addAttribute("dmnResource", entry.dmnResource());
        model.addAttribute("decisionPrefix", entry.decisionPrefix());
        model.addAttribute("activatedAt", entry.activatedAt());
        model.addAttribute("activatedBy", entry.activatedBy());
        model.addAttribute("heatMap", schemes.heatMap(code));
        model.addAttribute("residualTable", schemes.residualTable(code));
        return "admin/scheme";
    }

    @PostMapping("/{code}/activate")
    String activate(@PathVariable String code, Locale locale, RedirectAttributes flash) {
        try {
            schemes.activate(code);
            flash.addFlashAttribute("activated", code);
        } catch (SchemeNotUsableException e) {
            List<String> problems = e.problems().stream()
                    .map(p -> messages.getMessage(p.messageKey(), p.args().toArray(), p.messageKey(), locale))
                    .toList();
            flash.addFlashAttribute("notUsable", code);
            flash.addFlashAttribute("problems", problems);
        }
        return "redirect:/admin/schemes/" + code;
    }

    @ExceptionHandler(UnknownSchemeException.class)
    @ResponseStatus(HttpStatus.NOT_FOUND)
    String unknown() {
        return "error/404";
    }
}
