package pe.integrity.workspace.scope;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import pe.integrity.shared.MultiLine;
import pe.integrity.workspace.page.Text;

/** The entity's context, recorded in preparation. */
public class ContextForm {

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
