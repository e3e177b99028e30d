package pe.integrity.workspace;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import pe.integrity.shared.MultiLine;

/** A comment on a risk. */
class CommentForm {

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
