package pe.integrity.workspace;

import java.time.LocalDateTime;
import pe.integrity.assessment.AssessmentEvent;

/** An entry of the assessment's journal: who, when, what, and the comment given. */
record JournalRow(AssessmentEvent.Type type, String actorName, LocalDateTime at, int round, String comment) {}
