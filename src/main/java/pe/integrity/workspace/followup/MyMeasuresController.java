package pe.integrity.workspace.followup;

import java.util.List;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import pe.integrity.assessment.AnsweredMeasure;
import pe.integrity.assessment.FollowUpReporting;
import pe.integrity.assessment.Measure;
import pe.integrity.organisation.CurrentUser;

/** "Mis medidas": what the signed-in person answers for in follow-up, with the overdue and due-soon counts. */
@Controller
public class MyMeasuresController {

    private final FollowUpReporting reporting;

    MyMeasuresController(FollowUpReporting reporting) {
        this.reporting = reporting;
    }

    @GetMapping("/my-measures")
    String list(@AuthenticationPrincipal CurrentUser user, Model model) {
        List<AnsweredMeasure> mine = reporting.answeredFor(user);
        model.addAttribute("measures", mine);
        model.addAttribute("overdueCount", mine.stream().filter(AnsweredMeasure::overdue).count());
        model.addAttribute("dueSoonCount", mine.stream().filter(AnsweredMeasure::dueSoon).count());
        model.addAttribute("dueSoonDays", Measure.DUE_SOON_DAYS);
        return "workspace/my-measures";
    }
}
