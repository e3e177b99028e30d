package pe.integrity.review;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Properties;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import pe.integrity.assessment.ChangeStatus;
import pe.integrity.assessment.RiskResponse;
import pe.integrity.assessment.SubmittedRisk;
import pe.integrity.catalog.PracticeCategory;
import pe.integrity.review.SnapshotContent.MeasureState;
import pe.integrity.review.SubmissionDiff.Change;
import pe.integrity.review.SubmissionDiff.FieldChange;
import pe.integrity.review.SubmissionDiff.Kind;

/** The diff between two submissions, on snapshot documents written the way the application writes them. */
class SnapshotDifferTest {

    private final ObjectMapper json = JsonMapper.builder().addModule(new JavaTimeModule()).build();

    @Test
    void identicalSubmissionsHaveNoDifferences() {
        JsonNode doc = doc(List.of(risk(1L, "R-01", "Discrecionalidad", false)), List.of(measure(10L, 1L, "Publicar")));
        assertThat(SnapshotDiffer.diff(2, 1, doc, doc).isEmpty()).isTrue();
    }

    @Test
    void aChangedFieldIsNamedWithItsValueBeforeAndAfter() {
        SubmissionDiff diff = SnapshotDiffer.diff(2, 1,
                doc(List.of(risk(1L, "R-01", "Discrecionalidad", false)), List.of()),
                doc(List.of(risk(1L, "R-01", "Falta de rotación", false)), List.of()));

        assertThat(diff.risks()).extracting(Change::kind, Change::label).containsExactly(tuple(Kind.CHANGED, "R-01"));
        assertThat(diff.risks().get(0).fields()).extracting(FieldChange::field, FieldChange::before, FieldChange::after)
                .containsExactly(tuple("causes", "Discrecionalidad", "Falta de rotación"));
        assertThat(diff.measures()).isEmpty();
    }

    @Test
    void aChangedTargetValueOfAMeasureIsShownToSip() {
        SubmissionDiff diff = SnapshotDiffer.diff(2, 1,
                doc(List.of(), List.of(measure(10L, 1L, "Publicar", "80 %"))),
                doc(List.of(), List.of(measure(10L, 1L, "Publicar", "100 % de las actas"))));

        assertThat(diff.measures().get(0).fields()).extracting(FieldChange::field, FieldChange::before, FieldChange::after)
                .containsExactly(tuple("targetValue", "80 %", "100 % de las actas"));
    }

    @Test
    void aSnapshotTakenBeforeTargetValuesExistedShowsNoChangeForAMeasureWithoutOne() {
        JsonNode old = doc(List.of(), List.of(measure(10L, 1L, "Publicar", null)));
        ((com.fasterxml.jackson.databind.node.ObjectNode) old.get("measures").get(0)).remove("targetValue");

        assertThat(SnapshotDiffer.diff(2, 1, old, doc(List.of(), List.of(measure(10L, 1L, "Publicar", null)))).isEmpty())
                .isTrue();
    }

    @Test
    void newAndRemovedItemsAreListedWithTheirLabels() {
        SubmissionDiff diff = SnapshotDiffer.diff(3, 2,
                doc(List.of(risk(1L, "R-01", "c", false), risk(2L, "R-02", "c", false)),
                        List.of(measure(10L, 1L, "Publicar las actas"))),
                doc(List.of(risk(1L, "R-01", "c", false), risk(3L, "R-03", "c", false)),
                        List.of(measure(10L, 1L, "Publicar las actas"), measure(11L, 1L, "Rotar al comité"))));

        assertThat(diff.round()).isEqualTo(3);
        assertThat(diff.previousRound()).isEqualTo(2);
        assertThat(diff.risks()).extracting(Change::kind, Change::label)
                .containsExactlyInAnyOrder(tuple(Kind.NEW, "R-03"), tuple(Kind.REMOVED, "R-02"));
        assertThat(diff.measures()).extracting(Change::kind, Change::label)
                .containsExactly(tuple(Kind.NEW, "R-01 · Rotar al comité"));
    }

    @Test
    void aRiskMarkedRemovedCountsAsRemovedNotAsAFieldChange() {
        SubmissionDiff diff = SnapshotDiffer.diff(2, 1,
                doc(List.of(risk(1L, "R-01", "c", false)), List.of()),
                doc(List.of(risk(1L, "R-01", "c", true)), List.of()));

        assertThat(diff.risks()).extracting(Change::kind).containsExactly(Kind.REMOVED);
    }

    @Test
    void longMeasureDescriptionsAreShortenedInLabels() {
        String longText = "x".repeat(200);
        assertThat(SnapshotDiffer.measureLabel(json.valueToTree(measure(1L, 1L, longText))))
                .startsWith("R-01 · ")
                .hasSizeLessThan(80)
                .endsWith("…");
    }

    /**
     * A risk as snapshots stored it before the submitted-risk read model existed (written by the former
     * {@code SnapshotContent.RiskState}: enums as names, no {@code changeStatus}): it still reads into the read
     * model, and compared with the same risk written today it shows no change.
     */
    @Test
    void aSnapshotStoredBeforeTheReadModelStillReadsAndComparesUnchanged() throws Exception {
        String stored = """
                {"risks":[{"id":1,"code":"R-01","processId":5,"processName":"Contrataciones","stageName":"Selección",
                "context":null,"riskyBehaviour":"Direccionar","statement":"Posibilidad de...",
                "category":"CORRUPTION_ACT","typologyCode":null,"causes":"Discrecionalidad","consequences":"Perjuicio",
                "actors":"Comité","existingControls":"Revisión","probability":5,"impact":5,"inherentScore":25,
                "inherentLevel":"MUY_ALTO","controlRating":"DEBIL","residualLevel":"MUY_ALTO","treatmentRequired":true,
                "schemeCode":"PROV-5X5","response":"MITIGATE","acceptanceJustification":null,"removed":false}],
                "measures":[]}""";
        JsonNode before = json.readTree(stored);
        SubmittedRisk read = json.treeToValue(before.path("risks").get(0), SubmittedRisk.class);
        assertThat(read).isEqualTo(new SubmittedRisk(1L, "R-01", 5L, "Contrataciones", "Selección", null,
                "Direccionar", "Posibilidad de...", PracticeCategory.CORRUPTION_ACT, null, "Discrecionalidad",
                "Perjuicio", "Comité", "Revisión", 5, 5, 25, "MUY_ALTO", "DEBIL", "MUY_ALTO", true, "PROV-5X5",
                RiskResponse.MITIGATE, null, null, false));

        JsonNode now = doc(List.of(risk(1L, "R-01", "Discrecionalidad", false)), List.of());
        assertThat(SnapshotDiffer.diff(2, 1, before, now).isEmpty()).isTrue();
        assertThat(SnapshotDiffer.diff(2, 1, before, doc(List.of(risk(1L, "R-01", "Otra causa", false)), List.of()))
                .risks()).extracting(Change::kind).containsExactly(Kind.CHANGED);
    }

    /** Every compared field of a snapshot has a label on the review page, in both languages. */
    @ParameterizedTest
    @ValueSource(strings = {"i18n/review.properties", "i18n/review_en.properties"})
    void everyComparedFieldHasALabel(String bundle) throws Exception {
        Properties messages = new Properties();
        try (InputStream in = getClass().getClassLoader().getResourceAsStream(bundle)) {
            messages.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        List<String> missing = Stream.concat(
                        Arrays.stream(SubmittedRisk.class.getRecordComponents()),
                        Arrays.stream(MeasureState.class.getRecordComponents()))
                .map(c -> c.getName())
                .filter(name -> !SnapshotDiffer.NOT_COMPARED.contains(name))
                .filter(name -> !messages.containsKey("diff.field." + name))
                .toList();
        assertThat(missing).isEmpty();
    }

    private JsonNode doc(List<SubmittedRisk> risks, List<MeasureState> measures) {
        return json.valueToTree(new SnapshotContent(risks, measures));
    }

    private static SubmittedRisk risk(Long id, String code, String causes, boolean removed) {
        return new SubmittedRisk(id, code, 5L, "Contrataciones", "Selección", null, "Direccionar", "Posibilidad de...",
                PracticeCategory.CORRUPTION_ACT, null, causes, "Perjuicio", "Comité", "Revisión", 5, 5, 25, "MUY_ALTO",
                "DEBIL", "MUY_ALTO", true, "PROV-5X5", RiskResponse.MITIGATE, null, ChangeStatus.NEW, removed);
    }

    private static MeasureState measure(Long id, Long riskId, String description) {
        return measure(id, riskId, description, "100 %");
    }

    private static MeasureState measure(Long id, Long riskId, String description, String target) {
        return new MeasureState(id, riskId, "R-0" + riskId, description, "PREVENTIVE", null, "Logística", "Jefe",
                LocalDate.of(2026, 1, 1), LocalDate.of(2026, 6, 30), "Indicador", target, "Reporte", null,
                "NOT_STARTED", 0);
    }
}
