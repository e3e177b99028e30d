package pe.integrity.workspace;

import java.util.List;

/** One risk of the treatment plan with its measures, as Alta Dirección reads the plan before approving it. */
record PlanRisk(RiskRow risk, List<MeasureRow> measures) {

    PlanRisk {
        measures = List.copyOf(measures);
    }
}
