package pe.integrity.history;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import org.hibernate.envers.RevisionEntity;
import org.hibernate.envers.RevisionNumber;
import org.hibernate.envers.RevisionTimestamp;

/**
 * One Envers revision: a transaction that changed audited entities, when and by whom. The author's name is kept as
 * it was then (like the journal's), so a later rename or a removed user never rewrites the history.
 */
@Entity
@Table(name = "revinfo")
@RevisionEntity(RevisionAuthor.class)
public class Revision {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    @RevisionNumber
    @Column(name = "rev")
    private Long rev;

    @RevisionTimestamp
    @Column(name = "revtstmp", nullable = false)
    private Instant timestamp;

    @Column(nullable = false)
    private String username;

    @Column(name = "full_name", nullable = false)
    private String fullName;

    protected Revision() {}

    void author(String username, String fullName) {
        this.username = username;
        this.fullName = fullName;
    }

    public Long getRev() {
        return rev;
    }

    public Instant getTimestamp() {
        return timestamp;
    }

    public String getUsername() {
        return username;
    }

    public String getFullName() {
        return fullName;
    }
}
