package pe.integrity.history;

import java.util.regex.Pattern;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import pe.integrity.organisation.CurrentUser;

/**
 * The read-only timeline of an assessment, {@code /assessments/{id}/history}: a page of its history, newest first,
 * and a link to the older lines. Nothing here writes.
 */
@Controller
class HistoryController {

    /** The engine's ids are UUIDs (strong id generator) or numbers: anything else is a tampered link. */
    private static final Pattern EVENT_ID = Pattern.compile("[A-Za-z0-9:._-]{1,64}");

    private final Timeline timeline;

    HistoryController(Timeline timeline) {
        this.timeline = timeline;
    }

    @GetMapping("/assessments/{id}/history")
    String show(@AuthenticationPrincipal CurrentUser user, @PathVariable Long id,
            @RequestParam(required = false) Long rev, @RequestParam(required = false) Integer ord,
            @RequestParam(required = false) Long row, @RequestParam(required = false) String event, Model model) {
        model.addAttribute("history", timeline.page(user, id, cursor(rev, ord, row, event)));
        return "history/timeline";
    }

    /** The cursor of an "older" link; a part missing or out of shape is a broken request (400), never a guess. */
    private static TimelineCursor cursor(Long rev, Integer ord, Long row, String given) {
        // the link leaves it empty while no process event has been shown yet
        String event = given == null || given.isBlank() ? null : given;
        boolean none = rev == null && ord == null && row == null;
        boolean all = rev != null && ord != null && row != null;
        if (!none && !all || event != null && !EVENT_ID.matcher(event).matches()) {
            throw new ResponseStatusException(HttpStatus.BAD_REQUEST);
        }
        return new TimelineCursor(all ? new EntityRevision.Cursor(rev, ord, row) : null, event);
    }
}
