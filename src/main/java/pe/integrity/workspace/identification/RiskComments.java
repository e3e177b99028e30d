package pe.integrity.workspace.identification;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import pe.integrity.assessment.Assessment;
import pe.integrity.assessment.Assessments;
import pe.integrity.organisation.CurrentUser;
import pe.integrity.shared.NotFoundException;
import pe.integrity.workspace.page.Permissions;
import pe.integrity.workspace.page.Views;

/** Comments on risks: written by the entity's advisers, Conductor and Técnicos; read by all who read the risk. */
@Service
@Transactional
public class RiskComments {

    private final RiskCommentRepository comments;
    private final Assessments assessments;
    private final Permissions permissions;
    private final Clock clock;

    RiskComments(RiskCommentRepository comments, Assessments assessments, Permissions permissions, Clock clock) {
        this.comments = comments;
        this.assessments = assessments;
        this.permissions = permissions;
        this.clock = clock;
    }

    /** The caller has already checked that the user may read the risk. */
    @Transactional(readOnly = true)
    List<CommentRow> of(Long riskId) {
        return comments.findByRiskIdOrderByCreatedAtAscIdAsc(riskId).stream()
                .map(c -> new CommentRow(c.getAuthorName(), c.getText(), Views.local(c.getCreatedAt())))
                .toList();
    }

    void add(CurrentUser user, Long assessmentId, Long riskId, String text) {
        Assessment a = assessments.get(user, assessmentId);
        permissions.requireComment(user, a.getEntityId());
        boolean ofAssessment = assessments.risks(user, assessmentId).stream().anyMatch(r -> r.getId().equals(riskId));
        if (!ofAssessment) {
            throw new NotFoundException("risk", riskId);
        }
        comments.save(new RiskComment(riskId, user.username(), user.fullName(), text, Instant.now(clock)));
    }
}
