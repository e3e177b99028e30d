package pe.integrity.assessment;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import java.util.ArrayList;
import java.util.List;
import org.hibernate.envers.Audited;
import pe.integrity.catalog.PracticeCategory;
import pe.integrity.shared.VersionedEntity;

/**
 * A risk to integrity in one process (Nivel 2): a possibility, never a case that happened. Carries its
 * evaluation (inherent and residual, with the scheme used) and its treatment response.
 */
@Entity
@Audited
@Table(name = "risk")
public class Risk extends VersionedEntity {

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "assessment_id")
    private Assessment assessment;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "process_in_scope_id")
    private ProcessInScope process;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "stage_id")
    private ProcessActivity stage;

    @Column(nullable = false)
    private String code;

    private String context;

    @Column(name = "risky_behaviour", nullable = false)
    private String riskyBehaviour;

    @Column(nullable = false)
    private String statement;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private PracticeCategory category;

    @Column(name = "typology_code")
    private String typologyCode;

    private String causes;
    private String consequences;
    private String actors;

    @Column(name = "existing_controls")
    private String existingControls;

    private Integer probability;
    private Integer impact;

    @Column(name = "inherent_score")
    private Integer inherentScore;

    @Column(name = "inherent_level")
    private String inherentLevel;

    @Column(name = "control_rating")
    private String controlRating;

    @Column(name = "residual_level")
    private String residualLevel;

    @Column(name = "closing_control_rating")
    private String closingControlRating;

    @Column(name = "closing_residual_level")
    private String closingResidualLevel;

    @Column(name = "closing_comment")
    private String closingComment;

    @Column(name = "treatment_required")
    private Boolean treatmentRequired;

    @Column(name = "scheme_code")
    private String schemeCode;

    @Enumerated(EnumType.STRING)
    private RiskResponse response;

    @Column(name = "acceptance_justification")
    private String acceptanceJustification;

    @Enumerated(EnumType.STRING)
    @Column(name = "change_status", nullable = false)
    private ChangeStatus changeStatus = ChangeStatus.NEW;

    @Column(name = "source_risk_id")
    private Long sourceRiskId;

    @Column(nullable = false)
    private boolean removed;

    @OneToMany(mappedBy = "risk", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("id")
    private List<Measure> measures = new ArrayList<>();

    protected Risk() {}

    Risk(Assessment assessment, ProcessInScope process, String code) {
        this.assessment = assessment;
        this.process = process;
        this.code = code;
    }

    void describe(ProcessActivity stage, RiskForm f, RiskClassification kind) {
        this.stage = stage;
        this.context = f.getContext();
        this.riskyBehaviour = f.getRiskyBehaviour();
        this.statement = f.getStatement();
        this.category = kind.category();
        this.typologyCode = kind.typologyCode();
        this.causes = f.getCauses();
        this.consequences = f.getConsequences();
        this.actors = f.getActors();
        this.existingControls = f.getExistingControls();
        if (changeStatus == ChangeStatus.UNCHANGED) {
            changeStatus = ChangeStatus.CHANGED;
        }
    }

    void evaluate(String schemeCode, int probability, int impact, int score, String inherentLevel,
            String controlRating, String residualLevel, boolean treatmentRequired) {
        this.schemeCode = schemeCode;
        this.probability = probability;
        this.impact = impact;
        this.inherentScore = score;
        this.inherentLevel = inherentLevel;
        this.controlRating = controlRating;
        this.residualLevel = residualLevel;
        this.treatmentRequired = treatmentRequired;
        if (treatmentRequired) {
            // an earlier acceptance no longer holds once the level requires treatment
            this.response = RiskResponse.MITIGATE;
            this.acceptanceJustification = null;
        }
    }

    /** The residual level at close: the controls rated again in the light of the measures carried out. */
    void rateAtClose(String controlRating, String residualLevel, String comment) {
        this.closingControlRating = controlRating;
        this.closingResidualLevel = residualLevel;
        this.closingComment = comment;
    }

    void respond(RiskResponse response, String justification) {
        this.response = response;
        this.acceptanceJustification = response == RiskResponse.ACCEPT ? justification : null;
    }

    void copiedFrom(Risk source) {
        this.sourceRiskId = source.getId();
        this.changeStatus = ChangeStatus.UNCHANGED;
    }

    void markRemoved() {
        this.removed = true;
        this.changeStatus = ChangeStatus.REMOVED;
    }

    public boolean isEvaluated() {
        return residualLevel != null;
    }

    public Assessment getAssessment() {
        return assessment;
    }

    public ProcessInScope getProcess() {
        return process;
    }

    public ProcessActivity getStage() {
        return stage;
    }

    public String getCode() {
        return code;
    }

    public String getContext() {
        return context;
    }

    public String getRiskyBehaviour() {
        return riskyBehaviour;
    }

    public String getStatement() {
        return statement;
    }

    public PracticeCategory getCategory() {
        return category;
    }

    public String getTypologyCode() {
        return typologyCode;
    }

    public String getCauses() {
        return causes;
    }

    public String getConsequences() {
        return consequences;
    }

    public String getActors() {
        return actors;
    }

    public String getExistingControls() {
        return existingControls;
    }

    public Integer getProbability() {
        return probability;
    }

    public Integer getImpact() {
        return impact;
    }

    public Integer getInherentScore() {
        return inherentScore;
    }

    public String getInherentLevel() {
        return inherentLevel;
    }

    public String getControlRating() {
        return controlRating;
    }

    public String getResidualLevel() {
        return residualLevel;
    }

    /** The control rating at period close; null until the Conductor rates it. */
    public String getClosingControlRating() {
        return closingControlRating;
    }

    /** The residual level at period close (a level of the assessment's scheme); null until rated. */
    public String getClosingResidualLevel() {
        return closingResidualLevel;
    }

    /** Why the level at close is what it is (optional). */
    public String getClosingComment() {
        return closingComment;
    }

    public Boolean getTreatmentRequired() {
        return treatmentRequired;
    }

    public String getSchemeCode() {
        return schemeCode;
    }

    public RiskResponse getResponse() {
        return response;
    }

    public String getAcceptanceJustification() {
        return acceptanceJustification;
    }

    public ChangeStatus getChangeStatus() {
        return changeStatus;
    }

    public Long getSourceRiskId() {
        return sourceRiskId;
    }

    public boolean isRemoved() {
        return removed;
    }

    public List<Measure> getMeasures() {
        return measures;
    }
}
