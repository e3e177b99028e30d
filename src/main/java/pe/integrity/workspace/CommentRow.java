package pe.integrity.workspace;

import java.time.LocalDateTime;

/** A comment on a risk as listed under it. */
record CommentRow(String authorName, String text, LocalDateTime createdAt) {}
