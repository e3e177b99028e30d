package pe.integrity.workspace.identification;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import pe.integrity.shared.MultiLine;
import pe.integrity.workspace.page.Text;

/** A comment on a risk. */
public class CommentForm {

    @MultiLine
    @NotBlank
    @Size(max = 2000)
    private String text;

    public String getText() {
        return text;
    }

    public void setText(String text) {
        this.text = Text.clean(text);
    }
}
