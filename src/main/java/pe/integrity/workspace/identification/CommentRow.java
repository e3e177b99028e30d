package pe.integrity.workspace.identification;

import java.time.LocalDateTime;

/** A comment on a risk as listed under it. */
public record CommentRow(String authorName, String text, LocalDateTime createdAt) {}
