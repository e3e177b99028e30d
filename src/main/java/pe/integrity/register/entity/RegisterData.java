package pe.integrity.register.entity;

import java.util.List;

/**
 * Everything an entity register prints, read once from the assessment and already in words (Spanish labels,
 * formatted dates), so the PDF and Excel writers only lay it out. Removed risks are left out.
 */
public record RegisterData(
        Cover cover,
        List<Approval> approvals,
        List<Signature> signatures,
        List<ProcessRow> processes,
        List<RiskRow> risks,
        HeatMapView inherentMap,
        HeatMapView residualMap,
        List<LevelCount> levels,
        List<MeasureRow> measures,
        FollowUp followUp,
        List<ProgressRow> progressHistory,
        List<HistoryRow> history,
        List<ObservationRow> observations,
        Lists lists) {

    /** Both heat maps, inherent first, for templates that lay them out alike. */
    public List<HeatMapView> maps() {
        return List.of(inherentMap, residualMap);
    }

    /** The cover: which entity and period, where the assessment stands, and on which scheme. */
    public record Cover(
            Long assessmentId,
            long assessmentVersion,
            Long entityId,
            String entityName,
            String entityAcronym,
            String entityType,
            String department,
            String sector,
            int periodYear,
            String periodEnd,
            String stageCode,
            String stage,
            String status,
            int submissionRound,
            String schemeCode,
            String schemeName,
            String schemeDimensions,
            boolean provisional,
            String context) {}

    /**
     * A decision from the journal, by round of submission to SIP: the scope approval (before any round), each
     * internal approval by Alta Dirección (it opens the round it submits), each SIP observation and SIP's approval.
     * {@code round} is 0 for the scope; {@code roundLabel} is how the register prints it ("Alcance", "Ronda 2").
     */
    public record Approval(int round, String roundLabel, String what, String name, String role, String date, String comment) {}

    /**
     * A signature block of the PDF: who approves on behalf of whom, with the name and date of the approval when
     * there is one (blank lines to fill in otherwise), and a blank line to sign.
     */
    public record Signature(String role, String organisation, String name, String date) {}

    public record ProcessRow(
            int number, String name, String catalogProcess, String reason, String owner, String responsibleUnit,
            String stages) {}

    public record RiskRow(
            String code,
            String process,
            String stage,
            String context,
            String riskyBehaviour,
            String statement,
            String category,
            String typology,
            String causes,
            String consequences,
            String actors,
            String existingControls,
            String probability,
            String impact,
            Integer score,
            String inherentLevel,
            String inherentColour,
            String controlRating,
            String residualLevel,
            String residualColour,
            String closingControlRating,
            String closingResidualLevel,
            String closingResidualColour,
            String treatmentRequired,
            String response,
            String acceptanceJustification,
            String change) {}

    /**
     * A matrix with a count in each cell: the inherent map (impact rows, highest first × probability columns)
     * or the residual map (inherent level rows × control rating columns, coloured by the residual level).
     */
    public record HeatMapView(String title, String rowAxis, String columnAxis, List<String> columns, List<MapRow> rows,
            int total, byte[] png) {

        /** The map's heading in both registers: "Mapa … (1 riesgo evaluado)", "(12 riesgos evaluados)". */
        public String heading() {
            return title + " (" + total + (total == 1 ? " riesgo evaluado)" : " riesgos evaluados)");
        }

        /** The picture as a data URI for the XHTML template. */
        public String pngDataUri() {
            return "data:image/png;base64," + java.util.Base64.getEncoder().encodeToString(png);
        }
    }

    public record MapRow(String label, List<MapCell> cells) {}

    /** One cell: its level (label and colour), the score where there is one, and how many risks fall in it. */
    public record MapCell(String row, String column, String level, String colour, Integer score, int count) {}

    /** Risks per level of the scheme, inherent and residual. */
    public record LevelCount(String level, String colour, int inherent, int residual) {}

    public record MeasureRow(
            String code,
            String riskCode,
            String description,
            String type,
            String causeAddressed,
            String responsibleUnit,
            String responsiblePerson,
            String startDate,
            String endDate,
            String indicator,
            String targetValue,
            String verificationMeans,
            String resources,
            String status,
            int progress,
            boolean overdue,
            String overdueLabel,
            String progressComment,
            List<EvidenceLine> evidence) {

        /** The evidence files as one text, one file a line, for a workbook cell. */
        public String evidenceText() {
            return String.join("\n", evidence.stream().map(EvidenceLine::text).toList());
        }
    }

    /** An evidence file of a measure's follow-up: its name and the date it was uploaded. */
    public record EvidenceLine(String filename, String date) {

        public String text() {
            return filename + " (" + date + ")";
        }
    }

    /** Follow-up status at generation time. */
    public record FollowUp(String asOf, int measures, int notStarted, int inProgress, int implemented, int overdue,
            int averageProgress) {}

    /**
     * One progress report of the follow-up history, oldest first: its cycle, when and by whom, what it said, and the
     * evidence files uploaded while it was the measure's latest report (one a line).
     */
    public record ProgressRow(int cycle, String date, String measureCode, String reporter, String status, int progress,
            String comment, String evidence) {}

    public record HistoryRow(String date, String event, String actor, int round, String comment) {}

    public record ObservationRow(int round, String target, String text, String author, String date, String resolved) {}

    /** Catalogue values a column takes, for the workbook's dropdown validations. */
    public record Lists(List<String> categories, List<String> levels, List<String> controlRatings, List<String> responses,
            List<String> measureTypes, List<String> measureStatuses, List<String> yesNo) {}
}
