package pe.integrity.workspace.identification;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import pe.integrity.assessment.Assessment;
import pe.integrity.assessment.AssessmentStage;
import pe.integrity.assessment.Assessments;
import pe.integrity.assessment.Risk;
import pe.integrity.organisation.CurrentUser;
import pe.integrity.organisation.Role;
import pe.integrity.workspace.step.StepRules;

/**
 * What waits for a Consultivo's opinion, for the home page ({@code @workspaceOpinions}). Nothing in the workflow
 * asks a Consultivo by name: the opinion is a comment on a risk (RiskComments). So "waiting" means: the
 * assessments of the Consultivo's entity in a stage where a comment can still change the risks
 * ({@link StepRules#OPINION}), with the risks this person has not commented on yet.
 */
@Component("workspaceOpinions")
@Transactional(readOnly = true)
public class OpinionsView {

    /** One assessment open for opinion; {@code waiting}: its risks without a comment of this person. */
    record Item(Long assessmentId, int periodYear, AssessmentStage stage, int riskCount, List<RiskLink> waiting) {}

    record RiskLink(Long id, String code, String statement) {}

    private final Assessments assessments;
    private final RiskCommentRepository comments;

    OpinionsView(Assessments assessments, RiskCommentRepository comments) {
        this.assessments = assessments;
        this.comments = comments;
    }

    public List<Item> of(Object principal) {
        if (!(principal instanceof CurrentUser user) || !user.has(Role.CONSULTIVO) || user.entityId() == null) {
            return List.of();
        }
        List<Item> items = new ArrayList<>();
        for (Assessment a : assessments.ofEntity(user, user.entityId())) {
            if (!StepRules.OPINION.contains(a.getStage())) {
                continue;
            }
            List<Risk> risks = assessments.risks(user, a.getId()).stream().filter(r -> !r.isRemoved()).toList();
            Set<Long> commented = risks.isEmpty() ? Set.of()
                    : new HashSet<>(comments.commentedBy(user.username(), risks.stream().map(Risk::getId).toList()));
            List<RiskLink> waiting = risks.stream()
                    .filter(r -> !commented.contains(r.getId()))
                    .map(r -> new RiskLink(r.getId(), r.getCode(), r.getStatement()))
                    .toList();
            items.add(new Item(a.getId(), a.getPeriodYear(), a.getStage(), risks.size(), waiting));
        }
        return items;
    }
}
