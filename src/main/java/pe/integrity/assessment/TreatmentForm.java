package pe.integrity.assessment;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import pe.integrity.shared.MultiLine;

/** The response to one risk: mitigate, or accept with a justification. */
public class TreatmentForm {

    @NotNull
    private RiskResponse response;

    @MultiLine
    @Size(max = 2000)
    private String justification;

    private Long version;

    public RiskResponse getResponse() {
        return response;
    }

    public void setResponse(RiskResponse response) {
        this.response = response;
    }

    public String getJustification() {
        return justification;
    }

    public void setJustification(String justification) {
        this.justification = Forms.clean(justification);
    }

    public Long getVersion() {
        return version;
    }

    public void setVersion(Long version) {
        this.version = version;
    }


}
