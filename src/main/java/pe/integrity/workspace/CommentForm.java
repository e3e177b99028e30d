package pe.integrity.workspace;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** A comment on a risk. */
class CommentForm {

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
