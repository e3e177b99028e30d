package pe.integrity.workspace.followup;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.ui.Model;
import pe.integrity.assessment.Assessment;
import pe.integrity.assessment.Assessments;
import pe.integrity.assessment.FollowUpReporting;
import pe.integrity.assessment.Measure;
import pe.integrity.assessment.MeasureStatus;
import pe.integrity.assessment.ProgressForm;
import pe.integrity.organisation.CurrentUser;
import pe.integrity.shared.NotFoundException;
import pe.integrity.workflow.AssessmentProcess;
import pe.integrity.workflow.WorkflowSteps;
import pe.integrity.workspace.page.MeasureRow;
import pe.integrity.workspace.page.Views;
import pe.integrity.workspace.step.StepTasks;

/** Follow-up: each measure's status, progress, overdue flag and evidence files. */
@Component
@Transactional(readOnly = true)
public class FollowUpPage {

    private final Assessments assessments;
    private final FollowUpReporting reporting;
    private final EvidenceStore evidence;
    private final StepTasks steps;
    private final Views views;
    private final WorkflowSteps workflowSteps;

    FollowUpPage(Assessments assessments, FollowUpReporting reporting, EvidenceStore evidence, StepTasks steps,
            Views views, WorkflowSteps workflowSteps) {
        this.workflowSteps = workflowSteps;
        this.assessments = assessments;
        this.reporting = reporting;
        this.evidence = evidence;
        this.steps = steps;
        this.views = views;
    }

    void all(CurrentUser user, Long assessmentId, Model model) {
        Assessment a = assessments.get(user, assessmentId);
        List<Measure> planned = assessments.measures(user, assessmentId);
        List<MeasureRow> measures = rows(planned);
        model.addAttribute("header", views.header(a));
        model.addAttribute("measures", measures);
        model.addAttribute("cycle", reporting.openCycle(assessmentId));
        model.addAttribute("progress", reporting.progress(user, assessmentId));
        model.addAttribute("overdueCount", measures.stream().filter(MeasureRow::overdue).count());
        model.addAttribute("editableMeasures", reporting.reportable(user, a, planned));
        steps.openTask(user, assessmentId, AssessmentProcess.REPORT_PROGRESS, null)
                .ifPresent(t -> model.addAttribute("task", t));
        if (reporting.mayAskExtraordinaryReport(user, a)) {
            workflowSteps.nextFollowUpReport(a.getProcessInstanceId()).ifPresent(due -> model.addAttribute("nextReport", due));
            if (!model.containsAttribute("extraordinaryForm")) {
                model.addAttribute("extraordinaryForm", new ExtraordinaryForm());
            }
        }
    }

    /** Every follow-up cycle with its reports, read-only: what Alta Dirección, SIP and auditors look back at. */
    void cycles(CurrentUser user, Long assessmentId, Model model) {
        model.addAttribute("header", views.header(assessments.get(user, assessmentId)));
        model.addAttribute("cycles", reporting.cycles(user, assessmentId));
    }

    void one(CurrentUser user, Long assessmentId, Long measureId, Model model) {
        Assessment a = assessments.get(user, assessmentId);
        Measure m = measure(user, assessmentId, measureId);
        MeasureRow row = rows(List.of(m)).get(0);
        model.addAttribute("header", views.header(a));
        model.addAttribute("measure", row);
        model.addAttribute("editable", !reporting.reportable(user, a, List.of(m)).isEmpty());
        model.addAttribute("cycle", reporting.openCycle(assessmentId));
        model.addAttribute("history", reporting.history(List.of(measureId)));
        model.addAttribute("statuses", MeasureStatus.values());
        model.addAttribute("maxMegabytes", EvidenceFiles.MAX_BYTES / (1024 * 1024));
        if (!model.containsAttribute("progressForm")) {
            model.addAttribute("progressForm", ProgressForm.of(m));
        }
        if (!model.containsAttribute("evidenceForm")) {
            model.addAttribute("evidenceForm", new EvidenceForm());
        }
    }

    /** 404 unless the measure belongs to this assessment (the URL names both). */
    void requireMeasureOf(CurrentUser user, Long assessmentId, Long measureId) {
        measure(user, assessmentId, measureId);
    }

    private List<MeasureRow> rows(List<Measure> measures) {
        Map<Long, List<EvidenceInfo>> files = evidence.of(measures.stream().map(Measure::getId).toList()).stream()
                .collect(Collectors.groupingBy(EvidenceInfo::measureId));
        return measures.stream().map(m -> views.measure(m, files.getOrDefault(m.getId(), List.of()))).toList();
    }

    private Measure measure(CurrentUser user, Long assessmentId, Long measureId) {
        return assessments.measures(user, assessmentId).stream()
                .filter(m -> m.getId().equals(measureId))
                .findFirst()
                .orElseThrow(() -> new NotFoundException("measure", measureId));
    }
}
