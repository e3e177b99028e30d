package pe.integrity.catalog;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import org.springframework.format.annotation.DateTimeFormat;

/** What an administrator types to register a deployed scheme version. */
public class SchemeRegistrationForm {

    @NotBlank
    @Pattern(regexp = "[A-Z][A-Z0-9-]{2,39}")
    private String code;

    @NotBlank
    @Size(max = 200)
    private String name;

    @NotBlank
    private String decisionPrefix;

    private boolean provisional = true;

    @NotNull
    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate validFrom;

    static SchemeRegistrationForm suggestedFor(DeployedScheme deployed, LocalDate today) {
        SchemeRegistrationForm form = new SchemeRegistrationForm();
        form.decisionPrefix = deployed.decisionPrefix();
        form.code = deployed.decisionPrefix().toUpperCase().replaceAll("[^A-Z0-9-]", "");
        form.name = deployed.name();
        form.validFrom = today;
        return form;
    }

    SchemeRegistration toRegistration() {
        return new SchemeRegistration(code, name, decisionPrefix, provisional, validFrom);
    }

    public String getCode() {
        return code;
    }

    public void setCode(String code) {
        this.code = code == null ? null : code.strip().toUpperCase();
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name == null ? null : name.strip();
    }

    public String getDecisionPrefix() {
        return decisionPrefix;
    }

    public void setDecisionPrefix(String decisionPrefix) {
        this.decisionPrefix = decisionPrefix;
    }

    public boolean isProvisional() {
        return provisional;
    }

    public void setProvisional(boolean provisional) {
        this.provisional = provisional;
    }

    public LocalDate getValidFrom() {
        return validFrom;
    }

    public void setValidFrom(LocalDate validFrom) {
        this.validFrom = validFrom;
    }
}
