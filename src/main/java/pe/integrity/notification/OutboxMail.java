package pe.integrity.notification;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** A notification kept instead of sent: who it was for, what it said, when. Never changed once stored. */
@Entity
@Table(name = "mail_outbox")
class OutboxMail {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "recipient_username")
    private String recipientUsername;

    @Column(name = "recipient_email")
    private String recipientEmail;

    private String subject;

    // text on PostgreSQL, CLOB on H2; not @Lob, which Hibernate maps to PostgreSQL large objects (oid)
    @JdbcTypeCode(SqlTypes.LONG32VARCHAR)
    private String body;

    @Column(name = "created_at")
    private Instant createdAt;

    protected OutboxMail() {}

    OutboxMail(Recipient to, String subject, String body, Instant createdAt) {
        this.recipientUsername = to.username();
        this.recipientEmail = to.email();
        this.subject = subject.length() > 500 ? subject.substring(0, 500) : subject;
        this.body = body;
        this.createdAt = createdAt;
    }

    public Long getId() {
        return id;
    }

    public String getRecipientUsername() {
        return recipientUsername;
    }

    public String getRecipientEmail() {
        return recipientEmail;
    }

    public String getSubject() {
        return subject;
    }

    public String getBody() {
        return body;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }
}
