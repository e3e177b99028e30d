package pe.integrity.assessment;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import pe.integrity.catalog.PracticeCategory;
import pe.integrity.shared.MultiLine;

/**
 * A risk as identified by the process owner (Nivel 2). The screen chooses its kind with one field,
 * {@link #getClassification() classification}: a typology code, or a practice category's name for the category
 * alone (no specific typology). The typology's category is decided by the catalogue (see {@link RiskClassification}).
 * (No quoted phrase with a comma in this comment: Spring Modulith's documenter reads these comments with a parser
 * that splits at such commas.)
 */
public class RiskForm {

    private Long stageId;

    @MultiLine
    @Size(max = 2000)
    private String context;

    @MultiLine
    @NotBlank
    @Size(max = 2000)
    private String riskyBehaviour;

    @MultiLine
    @NotBlank
    @Size(max = 2000)
    private String statement;

    private PracticeCategory category;

    @Size(max = 40)
    private String typologyCode;

    @MultiLine
    @Size(max = 2000)
    private String causes;

    @MultiLine
    @Size(max = 2000)
    private String consequences;

    @MultiLine
    @Size(max = 1000)
    private String actors;

    @MultiLine
    @Size(max = 2000)
    private String existingControls;

    private Long version;

    public Long getStageId() {
        return stageId;
    }

    public void setStageId(Long stageId) {
        this.stageId = stageId;
    }

    public String getContext() {
        return context;
    }

    public void setContext(String context) {
        this.context = Forms.clean(context);
    }

    public String getRiskyBehaviour() {
        return riskyBehaviour;
    }

    public void setRiskyBehaviour(String riskyBehaviour) {
        this.riskyBehaviour = Forms.clean(riskyBehaviour);
    }

    public String getStatement() {
        return statement;
    }

    public void setStatement(String statement) {
        this.statement = Forms.clean(statement);
    }

    public PracticeCategory getCategory() {
        return category;
    }

    public void setCategory(PracticeCategory category) {
        this.category = category;
    }

    public String getTypologyCode() {
        return typologyCode;
    }

    public void setTypologyCode(String typologyCode) {
        this.typologyCode = Forms.clean(typologyCode);
    }

    public String getCauses() {
        return causes;
    }

    public void setCauses(String causes) {
        this.causes = Forms.clean(causes);
    }

    public String getConsequences() {
        return consequences;
    }

    public void setConsequences(String consequences) {
        this.consequences = Forms.clean(consequences);
    }

    public String getActors() {
        return actors;
    }

    public void setActors(String actors) {
        this.actors = Forms.clean(actors);
    }

    public String getExistingControls() {
        return existingControls;
    }

    public void setExistingControls(String existingControls) {
        this.existingControls = Forms.clean(existingControls);
    }

    /**
     * The one choice of the screen: the typology code if there is one, else the category's name. Required: a
     * risk is of some kind.
     */
    @NotBlank
    public String getClassification() {
        if (typologyCode != null) {
            return typologyCode;
        }
        return category == null ? null : category.name();
    }

    /** A practice category's name stands for the category alone; any other value is a typology code. */
    public void setClassification(String value) {
        String v = Forms.clean(value);
        PracticeCategory alone = RiskClassification.categoryNamed(v);
        this.category = alone;
        this.typologyCode = alone == null ? v : null;
    }

    public Long getVersion() {
        return version;
    }

    public void setVersion(Long version) {
        this.version = version;
    }



    /** The form filled with a risk's identification, for editing or copying it. */
    public static RiskForm of(Risk r) {
        RiskForm f = new RiskForm();
        f.stageId = r.getStage() == null ? null : r.getStage().getId();
        f.context = r.getContext();
        f.riskyBehaviour = r.getRiskyBehaviour();
        f.statement = r.getStatement();
        f.category = r.getCategory();
        f.typologyCode = r.getTypologyCode();
        f.causes = r.getCauses();
        f.consequences = r.getConsequences();
        f.actors = r.getActors();
        f.existingControls = r.getExistingControls();
        f.version = r.getVersion();
        return f;
    }
}
