package pe.integrity.workspace.overview;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import pe.integrity.organisation.CurrentUser;

/** "Mis tareas": the steps waiting for the signed-in user, a page at a time. */
@Controller
public class InboxController {

    private final InboxView inbox;

    InboxController(InboxView inbox) {
        this.inbox = inbox;
    }

    @GetMapping("/tasks")
    String inbox(@AuthenticationPrincipal CurrentUser user, @RequestParam(defaultValue = "0") int page, Model model) {
        model.addAttribute("items", inbox.page(user, page));
        return "workspace/inbox";
    }
}
