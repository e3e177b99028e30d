package pe.integrity.register.entity;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import pe.integrity.register.archive.Stamp;

/**
 * The field keys a workbook template may use, and their values for one register. Scalars ({@code cover.*},
 * {@code doc.*}, {@code followUp.*}) replace {@code ${key}} anywhere in a cell's text; table keys
 * ({@code risk.*}, {@code measure.*}...) fill one row per item where the template's map row names them.
 * The list is in templates/README.md.
 */
public final class WorkbookFields {

    /** A level cell: its label and the scheme colour it is filled with. */
    record Coloured(String text, String colour) {}

    private WorkbookFields() {}

    public static Map<String, String> scalars(RegisterData d, Stamp s) {
        RegisterData.Cover c = d.cover();
        Map<String, String> m = new LinkedHashMap<>();
        m.put("cover.entityName", c.entityName());
        m.put("cover.entityAcronym", c.entityAcronym());
        m.put("cover.entityType", c.entityType());
        m.put("cover.department", c.department());
        m.put("cover.sector", c.sector());
        m.put("cover.periodYear", String.valueOf(c.periodYear()));
        m.put("cover.periodEnd", c.periodEnd());
        m.put("cover.stage", c.stage());
        m.put("cover.status", c.status());
        m.put("cover.submissionRound", String.valueOf(c.submissionRound()));
        m.put("cover.schemeCode", c.schemeCode());
        m.put("cover.schemeName", c.schemeName());
        m.put("cover.schemeDimensions", c.schemeDimensions());
        m.put("cover.provisionalMark", c.provisional() ? "ESQUEMA PROVISIONAL" : "");
        m.put("cover.context", c.context());
        m.put("doc.draftMark", s.draft() ? "BORRADOR" : "");
        m.put("doc.kind", s.draft() ? "BORRADOR (documento de trabajo, no aprobado)" : "Registro aprobado por la SIP");
        m.put("doc.generatedAt", s.generatedAt());
        m.put("doc.generatedBy", s.generatedBy());
        m.put("doc.code", s.displayCode());
        m.put("doc.url", s.verificationUrl());
        RegisterData.FollowUp f = d.followUp();
        m.put("followUp.summary", String.format(RegisterText.SPANISH,
                "Situación al %s: %d medidas; %d no iniciadas, %d en curso, %d implementadas; %d vencidas; avance promedio %d %%.",
                f.asOf(), f.measures(), f.notStarted(), f.inProgress(), f.implemented(), f.overdue(), f.averageProgress()));
        m.put("followUp.asOf", f.asOf());
        return m;
    }

    static Map<String, List<Map<String, Object>>> tables(RegisterData d) {
        Map<String, List<Map<String, Object>>> t = new LinkedHashMap<>();
        t.put("approval", rows(d.approvals(), a -> row(
                "round", a.round(), "roundLabel", a.roundLabel(), "what", a.what(), "name", a.name(), "role", a.role(),
                "date", RegisterText.dateValue(a.date()), "comment", a.comment())));
        t.put("process", rows(d.processes(), p -> row(
                "number", p.number(), "name", p.name(), "catalogProcess", p.catalogProcess(), "reason", p.reason(),
                "owner", p.owner(), "responsibleUnit", p.responsibleUnit(), "stages", p.stages())));
        t.put("risk", rows(d.risks(), r -> row(
                "code", r.code(), "process", r.process(), "stage", r.stage(), "context", r.context(),
                "riskyBehaviour", r.riskyBehaviour(), "statement", r.statement(), "category", r.category(),
                "typology", r.typology(), "causes", r.causes(), "consequences", r.consequences(), "actors", r.actors(),
                "existingControls", r.existingControls(), "probability", r.probability(), "impact", r.impact(),
                "score", r.score(), "inherentLevel", new Coloured(r.inherentLevel(), r.inherentColour()),
                "controlRating", r.controlRating(), "residualLevel", new Coloured(r.residualLevel(), r.residualColour()),
                "closingControlRating", r.closingControlRating(),
                "closingResidualLevel", new Coloured(r.closingResidualLevel(), r.closingResidualColour()),
                "treatmentRequired", r.treatmentRequired(), "response", r.response(),
                "acceptanceJustification", r.acceptanceJustification(), "change", r.change())));
        t.put("level", rows(d.levels(), l -> row(
                "name", new Coloured(l.level(), l.colour()), "inherent", l.inherent(), "residual", l.residual())));
        t.put("measure", rows(d.measures(), m -> row(
                "code", m.code(), "riskCode", m.riskCode(), "description", m.description(), "type", m.type(),
                "causeAddressed", m.causeAddressed(), "responsibleUnit", m.responsibleUnit(),
                "responsiblePerson", m.responsiblePerson(), "startDate", RegisterText.dateValue(m.startDate()),
                "endDate", RegisterText.dateValue(m.endDate()),
                "indicator", m.indicator(), "targetValue", m.targetValue(), "verificationMeans", m.verificationMeans(),
                "resources", m.resources(), "status", m.status(), "progress", m.progress(),
                "overdueLabel", m.overdueLabel(), "progressComment", m.progressComment(),
                "evidence", m.evidenceText())));
        t.put("report", rows(d.progressHistory(), r -> row(
                "cycle", r.cycle(), "date", RegisterText.dateValue(r.date()), "measureCode", r.measureCode(),
                "reporter", r.reporter(), "status", r.status(), "progress", r.progress(), "comment", r.comment(),
                "evidence", r.evidence())));
        t.put("event", rows(d.history(), h -> row(
                "date", RegisterText.dateValue(h.date()), "event", h.event(), "actor", h.actor(), "round", h.round(), "comment", h.comment())));
        t.put("observation", rows(d.observations(), o -> row(
                "round", o.round(), "target", o.target(), "text", o.text(), "author", o.author(), "date", RegisterText.dateValue(o.date()),
                "resolved", o.resolved())));
        return t;
    }

    /** Which catalogue list each dropdown column takes its values from. */
    static Map<String, List<String>> dropdowns(RegisterData.Lists l) {
        Map<String, List<String>> m = new LinkedHashMap<>();
        m.put("risk.category", l.categories());
        m.put("risk.inherentLevel", l.levels());
        m.put("risk.residualLevel", l.levels());
        m.put("risk.closingResidualLevel", l.levels());
        m.put("level.name", l.levels());
        m.put("risk.controlRating", l.controlRatings());
        m.put("risk.closingControlRating", l.controlRatings());
        m.put("risk.response", l.responses());
        m.put("risk.treatmentRequired", l.yesNo());
        m.put("measure.type", l.measureTypes());
        m.put("measure.status", l.measureStatuses());
        return m;
    }

    private static <T> List<Map<String, Object>> rows(List<T> items, Function<T, Map<String, Object>> row) {
        return items.stream().map(row).toList();
    }

    private static Map<String, Object> row(Object... keyValues) {
        Map<String, Object> m = new LinkedHashMap<>();
        for (int i = 0; i < keyValues.length; i += 2) {
            m.put((String) keyValues[i], keyValues[i + 1]);
        }
        return m;
    }
}
