package pe.integrity.assessment;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ResponseStatus;

/** The change belongs to a stage the assessment is not in (e.g. editing risks while SIP reviews it). */
@ResponseStatus(HttpStatus.CONFLICT)
public class StageClosedException extends RuntimeException {

    public StageClosedException(AssessmentStage current) {
        super("not editable in stage " + current);
    }
}
