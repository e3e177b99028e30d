package pe.integrity.workspace.identification;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.Instant;
import pe.integrity.shared.IdentifiedEntity;

/** An opinion on a risk (advisers, Conductor, Técnicos); never changes the risk itself. */
@Entity
@Table(name = "risk_comment")
public class RiskComment extends IdentifiedEntity {

    @Column(name = "risk_id", nullable = false)
    private Long riskId;

    @Column(name = "author_username", nullable = false)
    private String authorUsername;

    @Column(name = "author_name", nullable = false)
    private String authorName;

    @Column(nullable = false)
    private String text;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    protected RiskComment() {}

    RiskComment(Long riskId, String authorUsername, String authorName, String text, Instant createdAt) {
        this.riskId = riskId;
        this.authorUsername = authorUsername;
        this.authorName = authorName;
        this.text = text;
        this.createdAt = createdAt;
    }

    Long getRiskId() {
        return riskId;
    }

    String getAuthorUsername() {
        return authorUsername;
    }

    String getAuthorName() {
        return authorName;
    }

    String getText() {
        return text;
    }

    Instant getCreatedAt() {
        return createdAt;
    }
}
