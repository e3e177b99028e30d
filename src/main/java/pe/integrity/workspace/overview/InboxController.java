package pe.integrity.workspace.overview;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import pe.integrity.organisation.CurrentUser;

/** "Mis tareas": the steps waiting for the signed-in user. */
@Controller
public class InboxController {

    private final InboxView inbox;

    InboxController(InboxView inbox) {
        this.inbox = inbox;
    }

    @GetMapping("/tasks")
    String inbox(@AuthenticationPrincipal CurrentUser user, Model model) {
        model.addAttribute("items", inbox.of(user));
        return "workspace/inbox";
    }
}
