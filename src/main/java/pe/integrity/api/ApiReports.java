package pe.integrity.api;

import java.util.Locale;
import org.springframework.stereotype.Service;
import org.springframework.validation.beanvalidation.SpringValidatorAdapter;
import pe.integrity.assessment.FollowUpReporting;
import pe.integrity.assessment.MeasureStatus;
import pe.integrity.assessment.ProgressForm;
import pe.integrity.organisation.ApiProblems;
import pe.integrity.organisation.CurrentUser;

/**
 * A progress report on a measure, as the follow-up page files it: the measure must be one of the assessment's and the
 * caller one who may report on it now ({@link FollowUpReporting#requireReportable}, so an auditor or SIP gets 403
 * before their input is looked at), then the form's checks, then {@link FollowUpReporting#report}, whose rules
 * (status and progress agree, the version is current) refuse with nothing saved. Each call is its own transaction,
 * as on the page; the report is one.
 */
@Service
class ApiReports {

    private final ApiReads reads;
    private final FollowUpReporting reporting;
    private final ApiProblems problems;
    private final SpringValidatorAdapter validator;

    ApiReports(ApiReads reads, FollowUpReporting reporting, ApiProblems problems, jakarta.validation.Validator validator) {
        this.reads = reads;
        this.reporting = reporting;
        this.problems = problems;
        this.validator = new SpringValidatorAdapter(validator);
    }

    ApiViews.MeasureJson report(CurrentUser user, Long assessmentId, Long measureId, AssessmentApi.ProgressJson body,
            Locale locale) {
        reads.measureOf(user, assessmentId, measureId);
        reporting.requireReportable(user, measureId);
        ProgressForm form = new ProgressForm();
        ApiInput input = ApiInput.of(problems, locale, form, "progressForm");
        form.setStatus(status(body.status(), input));
        form.setProgress(body.progress());
        form.setComment(body.comment());
        form.setVersion(body.version());
        input.validated(validator).printable("comment", form.getComment(), true);
        if (body.version() == null) {
            input.refuse("version", "NotNull");
        }
        input.orThrow();
        reporting.report(user, measureId, form);
        // read again once the report is committed, so the answer carries the measure's new version
        return reads.measure(user, assessmentId, measureId);
    }

    /** An unknown status is refused on its field (the form's {@code @NotNull} speaks for a missing one). */
    private static MeasureStatus status(String value, ApiInput input) {
        if (value == null) {
            return null;
        }
        for (MeasureStatus s : MeasureStatus.values()) {
            if (s.name().equals(value)) {
                return s;
            }
        }
        input.refuse("status", "api.problem.oneOf", String.join(", ", java.util.Arrays.stream(MeasureStatus.values())
                .map(Enum::name).toList()));
        return null;
    }
}
