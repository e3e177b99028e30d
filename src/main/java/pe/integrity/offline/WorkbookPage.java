package pe.integrity.offline;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.ui.Model;
import pe.integrity.assessment.Assessment;
import pe.integrity.assessment.StageWork;
import pe.integrity.organisation.CurrentUser;
import pe.integrity.organisation.EntityDirectory;

/** What the offline pages show of the assessment: whose, which period and stage, and what the stage lets change. */
@Component
class WorkbookPage {

    private final WorkbookSource source;
    private final EntityDirectory entities;
    private final WorkbookLimits limits;

    WorkbookPage(WorkbookSource source, EntityDirectory entities, WorkbookLimits limits) {
        this.source = source;
        this.entities = entities;
        this.limits = limits;
    }

    /** The facts of the page, for the entity's own people only (others get the 403 page). */
    public record Facts(Long id, String entityName, int periodYear, String stage, boolean available,
            boolean describes, boolean scores, boolean plans, boolean reports) {}

    @Transactional(readOnly = true)
    public void fill(CurrentUser user, Long assessmentId, Model model) {
        Assessment a = source.assessment(user, assessmentId);
        model.addAttribute("facts", new Facts(a.getId(),
                entities.find(a.getEntityId()).map(e -> e.getName()).orElse("—"), a.getPeriodYear(),
                a.getStage().name(), Workbook.worthIn(a.getStage()),
                StageWork.IDENTIFICATION.allowedIn(a.getStage()), StageWork.EVALUATION.allowedIn(a.getStage()),
                StageWork.TREATMENT.allowedIn(a.getStage()), StageWork.FOLLOW_UP.allowedIn(a.getStage())));
        model.addAttribute("maxMegabytes", maxMegabytes());
        model.addAttribute("maxRows", String.valueOf(limits.maxRows()));
    }

    long maxMegabytes() {
        return Math.max(1, limits.maxBytes() / (1024 * 1024));
    }
}
