package pe.integrity.assessment;

import java.util.ArrayList;
import java.util.List;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What is still missing before a step may be completed. The workflow refuses to complete a task while
 * its step has gaps, and the screen lists them.
 */
@Service
@Transactional(readOnly = true)
public class Completeness {

    private final AssessmentRepository assessments;
    private final ProcessInScopeRepository processes;
    private final RiskRepository risks;

    Completeness(AssessmentRepository assessments, ProcessInScopeRepository processes, RiskRepository risks) {
        this.assessments = assessments;
        this.processes = processes;
        this.risks = risks;
    }

    public List<Gap> scope(Long assessmentId) {
        List<Gap> gaps = new ArrayList<>();
        Assessment a = assessments.findById(assessmentId).orElseThrow();
        if (a.getContext() == null) {
            gaps.add(new Gap("gap.context.missing", null));
        }
        if (processes.findByAssessmentIdOrderById(assessmentId).isEmpty()) {
            gaps.add(new Gap("gap.scope.noProcess", null));
        }
        return gaps;
    }

    /** Nivel 1 and 2 of one process: at least one stage and one risk. */
    public List<Gap> identification(Long processId) {
        List<Gap> gaps = new ArrayList<>();
        ProcessInScope p = processes.findById(processId).orElseThrow();
        if (p.getStages().isEmpty()) {
            gaps.add(new Gap("gap.process.noStage", p.getName()));
        }
        if (risks.findByProcessIdOrderByCode(processId).stream().allMatch(Risk::isRemoved)) {
            gaps.add(new Gap("gap.process.noRisk", p.getName()));
        }
        return gaps;
    }

    public List<Gap> evaluation(Long assessmentId) {
        return active(assessmentId).stream()
                .filter(r -> !r.isEvaluated())
                .map(r -> new Gap("gap.risk.notEvaluated", r.getCode()))
                .toList();
    }

    /** Every evaluated risk has its residual level at close. */
    public List<Gap> closing(Long assessmentId) {
        return active(assessmentId).stream()
                .filter(r -> r.isEvaluated() && r.getClosingResidualLevel() == null)
                .map(r -> new Gap("gap.risk.noClosingResidual", r.getCode()))
                .toList();
    }

    /** Every risk that requires treatment has a measure; every other one has a response. */
    public List<Gap> treatment(Long assessmentId) {
        List<Gap> gaps = new ArrayList<>(evaluation(assessmentId));
        for (Risk r : active(assessmentId)) {
            if (!r.isEvaluated()) {
                continue;
            }
            if (Boolean.TRUE.equals(r.getTreatmentRequired()) && r.getMeasures().isEmpty()) {
                gaps.add(new Gap("gap.risk.noMeasure", r.getCode()));
            } else if (r.getResponse() == null) {
                gaps.add(new Gap("gap.risk.noResponse", r.getCode()));
            } else if (r.getResponse() == RiskResponse.MITIGATE && r.getMeasures().isEmpty()) {
                gaps.add(new Gap("gap.risk.noMeasure", r.getCode()));
            }
        }
        return gaps;
    }

    private List<Risk> active(Long assessmentId) {
        return risks.findByAssessmentIdOrderByCode(assessmentId).stream().filter(r -> !r.isRemoved()).toList();
    }
}
