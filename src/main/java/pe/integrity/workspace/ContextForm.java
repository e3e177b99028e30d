package pe.integrity.workspace;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import pe.integrity.shared.MultiLine;

/** The entity's context, recorded in preparation. */
class ContextForm {

    @MultiLine
    @NotBlank
    @Size(max = 4000)
    private String context;

    public String getContext() {
        return context;
    }

    public void setContext(String context) {
        this.context = Text.clean(context);
    }
}
