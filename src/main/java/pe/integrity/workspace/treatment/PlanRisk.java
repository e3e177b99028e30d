package pe.integrity.workspace.treatment;

import java.util.List;
import pe.integrity.workspace.page.MeasureRow;
import pe.integrity.workspace.page.RiskRow;

/** One risk of the treatment plan with its measures, as Alta Dirección reads the plan before approving it. */
public record PlanRisk(RiskRow risk, List<MeasureRow> measures) {

    public PlanRisk {
        measures = List.copyOf(measures);
    }
}
