package pe.integrity.workspace.page;

import java.time.LocalDateTime;
import pe.integrity.assessment.AssessmentEvent;

/** An entry of the assessment's journal: who, when, what, and the comment given. */
public record JournalRow(AssessmentEvent.Type type, String actorName, LocalDateTime at, int round, String comment) {}
