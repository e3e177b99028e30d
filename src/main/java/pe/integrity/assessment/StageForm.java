package pe.integrity.assessment;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** A stage or activity of a process in scope. */
public class StageForm {

    @NotBlank
    @Size(max = 200)
    private String name;

    @NotBlank
    @Size(max = 200)
    private String responsibleUnit;

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = Forms.clean(name);
    }

    public String getResponsibleUnit() {
        return responsibleUnit;
    }

    public void setResponsibleUnit(String responsibleUnit) {
        this.responsibleUnit = Forms.clean(responsibleUnit);
    }


}
