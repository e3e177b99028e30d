package pe.integrity.assessment;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import org.springframework.format.annotation.DateTimeFormat;
import pe.integrity.shared.MultiLine;

/** A mitigation measure of the treatment plan. */
@ResponsibleNamed
public class MeasureForm {

    @MultiLine
    @NotBlank
    @Size(max = 2000)
    private String description;

    @NotNull
    private MeasureType type;

    @MultiLine
    @Size(max = 1000)
    private String causeAddressed;

    @NotBlank
    @Size(max = 200)
    private String responsibleUnit;

    /** A user of the entity who answers for the measure; empty when the person is not a user of the system. */
    @Size(max = 100)
    private String responsibleUsername;

    /** The person's name when not a user (required then); for a user, their name is taken from the directory. */
    @Size(max = 200)
    private String responsiblePerson;

    @NotNull
    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate startDate;

    @NotNull
    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate endDate;

    @MultiLine
    @NotBlank
    @Size(max = 1000)
    private String indicator;

    /** Optional, so measures planned before it was asked for stay valid; printed beside the indicator. */
    @Size(max = 200)
    private String targetValue;

    @MultiLine
    @NotBlank
    @Size(max = 1000)
    private String verificationMeans;

    @MultiLine
    @Size(max = 1000)
    private String resources;

    private Long version;

    public String getDescription() {
        return description;
    }

    public void setDescription(String description) {
        this.description = Forms.clean(description);
    }

    public MeasureType getType() {
        return type;
    }

    public void setType(MeasureType type) {
        this.type = type;
    }

    public String getCauseAddressed() {
        return causeAddressed;
    }

    public void setCauseAddressed(String causeAddressed) {
        this.causeAddressed = Forms.clean(causeAddressed);
    }

    public String getResponsibleUnit() {
        return responsibleUnit;
    }

    public void setResponsibleUnit(String responsibleUnit) {
        this.responsibleUnit = Forms.clean(responsibleUnit);
    }

    public String getResponsiblePerson() {
        return responsiblePerson;
    }

    public String getResponsibleUsername() {
        return responsibleUsername;
    }

    public void setResponsibleUsername(String responsibleUsername) {
        this.responsibleUsername = Forms.clean(responsibleUsername);
    }

    /** The rule that a measure names who answers for it: a user of the entity, or a person's name. */
    public boolean namesResponsible() {
        return responsibleUsername != null || responsiblePerson != null;
    }

    public void setResponsiblePerson(String responsiblePerson) {
        this.responsiblePerson = Forms.clean(responsiblePerson);
    }

    public LocalDate getStartDate() {
        return startDate;
    }

    public void setStartDate(LocalDate startDate) {
        this.startDate = startDate;
    }

    public LocalDate getEndDate() {
        return endDate;
    }

    public void setEndDate(LocalDate endDate) {
        this.endDate = endDate;
    }

    public String getIndicator() {
        return indicator;
    }

    public void setIndicator(String indicator) {
        this.indicator = Forms.clean(indicator);
    }

    public String getTargetValue() {
        return targetValue;
    }

    public void setTargetValue(String targetValue) {
        this.targetValue = Forms.clean(targetValue);
    }

    public String getVerificationMeans() {
        return verificationMeans;
    }

    public void setVerificationMeans(String verificationMeans) {
        this.verificationMeans = Forms.clean(verificationMeans);
    }

    public String getResources() {
        return resources;
    }

    public void setResources(String resources) {
        this.resources = Forms.clean(resources);
    }

    public Long getVersion() {
        return version;
    }

    public void setVersion(Long version) {
        this.version = version;
    }



    /** The form filled with a measure, for editing it (on its page or in an offline workbook). */
    public static MeasureForm of(Measure m) {
        MeasureForm f = new MeasureForm();
        f.setDescription(m.getDescription());
        f.setType(m.getType());
        f.setCauseAddressed(m.getCauseAddressed());
        f.setResponsibleUnit(m.getResponsibleUnit());
        f.setResponsibleUsername(m.getResponsibleUsername());
        f.setResponsiblePerson(m.getResponsibleUsername() == null ? m.getResponsiblePerson() : null);
        f.setStartDate(m.getStartDate());
        f.setEndDate(m.getEndDate());
        f.setIndicator(m.getIndicator());
        f.setTargetValue(m.getTargetValue());
        f.setVerificationMeans(m.getVerificationMeans());
        f.setResources(m.getResources());
        f.setVersion(m.getVersion());
        return f;
    }

    /**
     * The rule on a measure's dates, its one home: the end not before the start, both near the assessment's period.
     * Empty when the dates are acceptable (or not given yet: Bean Validation reports missing ones).
     */
    public java.util.Optional<pe.integrity.shared.InvalidInputException> datesProblem(int periodYear) {
        if (startDate == null || endDate == null) {
            return java.util.Optional.empty();
        }
        if (endDate.isBefore(startDate)) {
            return java.util.Optional.of(new pe.integrity.shared.InvalidInputException("endDate", "measure.endBeforeStart"));
        }
        String outside = Measure.datesOutsidePeriod(startDate, endDate, periodYear);
        return outside == null ? java.util.Optional.empty()
                : java.util.Optional.of(new pe.integrity.shared.InvalidInputException(outside, "measure.datesOutOfPeriod"));
    }
}
