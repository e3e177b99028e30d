package pe.integrity.assessment;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import pe.integrity.shared.MultiLine;

/** A process in scope as the Conductor describes it (Nivel 1). */
public class ScopeProcessForm {

    private String catalogProcessCode;

    @NotBlank
    @Size(max = 200)
    private String name;

    @MultiLine
    @NotBlank
    @Size(max = 2000)
    private String prioritisationReason;

    @NotBlank
    @Size(max = 100)
    private String ownerUsername;

    @NotBlank
    @Size(max = 200)
    private String responsibleUnit;

    private Long version;

    public String getCatalogProcessCode() {
        return catalogProcessCode;
    }

    public void setCatalogProcessCode(String catalogProcessCode) {
        this.catalogProcessCode = Forms.clean(catalogProcessCode);
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = Forms.clean(name);
    }

    public String getPrioritisationReason() {
        return prioritisationReason;
    }

    public void setPrioritisationReason(String prioritisationReason) {
        this.prioritisationReason = Forms.clean(prioritisationReason);
    }

    public String getOwnerUsername() {
        return ownerUsername;
    }

    public void setOwnerUsername(String ownerUsername) {
        this.ownerUsername = Forms.clean(ownerUsername);
    }

    public String getResponsibleUnit() {
        return responsibleUnit;
    }

    public void setResponsibleUnit(String responsibleUnit) {
        this.responsibleUnit = Forms.clean(responsibleUnit);
    }

    public Long getVersion() {
        return version;
    }

    public void setVersion(Long version) {
        this.version = version;
    }


}
