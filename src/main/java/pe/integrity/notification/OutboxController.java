package pe.integrity.notification;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** "Correo saliente": the notifications kept instead of sent, newest first, for administrators (/admin/**). */
@Controller
class OutboxController {

    private final Outbox outbox;
    private final MailSettings settings;

    OutboxController(Outbox outbox, MailSettings settings) {
        this.outbox = outbox;
        this.settings = settings;
    }

    @GetMapping("/admin/outbox")
    String list(@RequestParam(defaultValue = "0") int page, Model model) {
        model.addAttribute("page", outbox.page(page));
        model.addAttribute("keeping", settings.delivery() == MailSettings.Delivery.OUTBOX);
        return "admin/outbox";
    }
}
