package pe.integrity.assessment;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import java.util.ArrayList;
import java.util.List;
import org.hibernate.envers.Audited;
import pe.integrity.shared.VersionedEntity;

/** A process the entity chose to assess (Nivel 1), why, and the process owner (Técnico) who identifies its risks. */
@Entity
@Audited
@Table(name = "process_in_scope")
public class ProcessInScope extends VersionedEntity {

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "assessment_id")
    private Assessment assessment;

    @Column(name = "catalog_process_code")
    private String catalogProcessCode;

    @Column(nullable = false)
    private String name;

    @Column(name = "prioritisation_reason", nullable = false)
    private String prioritisationReason;

    @Column(name = "owner_username", nullable = false)
    private String ownerUsername;

    @Column(name = "responsible_unit", nullable = false)
    private String responsibleUnit;

    @OneToMany(mappedBy = "process", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("position")
    private List<ProcessActivity> stages = new ArrayList<>();

    protected ProcessInScope() {}

    ProcessInScope(Assessment assessment) {
        this.assessment = assessment;
    }

    void update(String catalogProcessCode, String name, String reason, String ownerUsername, String responsibleUnit) {
        this.catalogProcessCode = catalogProcessCode;
        this.name = name;
        this.prioritisationReason = reason;
        this.ownerUsername = ownerUsername;
        this.responsibleUnit = responsibleUnit;
    }

    ProcessActivity addStage(String name, String responsibleUnit) {
        ProcessActivity stage = new ProcessActivity(this, name, responsibleUnit, stages.size() + 1);
        stages.add(stage);
        return stage;
    }

    void removeStage(ProcessActivity stage) {
        stages.remove(stage);
    }

    public Assessment getAssessment() {
        return assessment;
    }

    public String getCatalogProcessCode() {
        return catalogProcessCode;
    }

    public String getName() {
        return name;
    }

    public String getPrioritisationReason() {
        return prioritisationReason;
    }

    public String getOwnerUsername() {
        return ownerUsername;
    }

    public String getResponsibleUnit() {
        return responsibleUnit;
    }

    public List<ProcessActivity> getStages() {
        return stages;
    }
}
