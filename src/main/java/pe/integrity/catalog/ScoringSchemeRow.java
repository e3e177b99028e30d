package pe.integrity.catalog;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;

/** Registry entry of a scheme version. The tables themselves live in its DMN file, never here. */
@Entity
@Table(name = "scoring_scheme")
class ScoringSchemeRow {

    @Id
    private String code;

    @Column(nullable = false)
    private String name;

    @Column(name = "decision_prefix", nullable = false)
    private String decisionPrefix;

    @Column(name = "dmn_resource")
    private String dmnResource;

    @Column(nullable = false)
    private boolean provisional;

    @Column(name = "valid_from", nullable = false)
    private LocalDate validFrom;

    @Column(nullable = false)
    private boolean active;

    @Column(name = "activated_at")
    private Instant activatedAt;

    @Column(name = "activated_by")
    private String activatedBy;

    @Version
    private long version;

    protected ScoringSchemeRow() {}

    ScoringSchemeRow(SchemeRegistration registration, String dmnResource) {
        this.code = registration.code();
        this.name = registration.name();
        this.decisionPrefix = registration.decisionPrefix();
        this.dmnResource = dmnResource;
        this.provisional = registration.provisional();
        this.validFrom = registration.validFrom();
        this.active = false;
    }

    void activate(String by, Instant at) {
        active = true;
        activatedBy = by;
        activatedAt = at;
    }

    void deactivate() {
        active = false;
    }

    String code() {
        return code;
    }

    String name() {
        return name;
    }

    String decisionPrefix() {
        return decisionPrefix;
    }

    String dmnResource() {
        return dmnResource;
    }

    boolean provisional() {
        return provisional;
    }

    LocalDate validFrom() {
        return validFrom;
    }

    boolean active() {
        return active;
    }

    Instant activatedAt() {
        return activatedAt;
    }

    String activatedBy() {
        return activatedBy;
    }
}
