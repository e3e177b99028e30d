package pe.integrity.offline;

import java.time.Instant;
import java.util.List;
import pe.integrity.assessment.Assessment;
import pe.integrity.assessment.Measure;
import pe.integrity.assessment.Risk;
import pe.integrity.assessment.StageWork;
import pe.integrity.organisation.CurrentUser;

/**
 * What one user's workbook of one assessment holds: the risks of the processes they work on (in follow-up, the
 * measures they may report on and their risks), and the choices its dropdowns offer. Read inside a transaction;
 * the writer and the import planner both start from it.
 */
record Workbook(Assessment assessment, String entityName, CurrentUser user, Choices choices, List<Risk> risks,
        List<Measure> measures, Instant madeAt) {

    /** Whether the stage lets this workbook change a column (key columns never change). */
    boolean editable(Column column) {
        return column.work() != null && column.work().allowedIn(assessment.getStage());
    }

    /** Treatment is open: the workbook has a measures sheet. */
    boolean plans() {
        return StageWork.TREATMENT.allowedIn(assessment.getStage());
    }

    /** Follow-up is open: the workbook has a progress sheet, one report per measure the user may report on. */
    boolean reports() {
        return StageWork.FOLLOW_UP.allowedIn(assessment.getStage());
    }

    boolean addsRisks() {
        return StageWork.IDENTIFICATION.allowedIn(assessment.getStage());
    }

    boolean scores() {
        return StageWork.EVALUATION.allowedIn(assessment.getStage());
    }

    /** Identification, evaluation, treatment or follow-up is open: the steps worked on in a matrix. */
    static boolean worthIn(pe.integrity.assessment.AssessmentStage stage) {
        return StageWork.IDENTIFICATION.allowedIn(stage) || StageWork.EVALUATION.allowedIn(stage)
                || StageWork.TREATMENT.allowedIn(stage) || StageWork.FOLLOW_UP.allowedIn(stage);
    }
}
