package pe.integrity.workspace;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import pe.integrity.assessment.AssessmentStage;
import pe.integrity.assessment.Assessments;
import pe.integrity.assessment.Risk;
import pe.integrity.assessment.RiskForm;
import pe.integrity.assessment.RiskIdentification;
import pe.integrity.organisation.CurrentUser;
import pe.integrity.support.IntegrationTest;
import pe.integrity.support.Matrix;
import pe.integrity.support.WorkbookFiles;

/**
 * The offline round trip through the screens: download the pre-filled workbook, change it with POI as a person
 * would in Excel, upload, preview, confirm; the database then holds exactly those changes, and a second upload
 * changes nothing. Mistakes are all reported at once, stale and foreign workbooks are refused, and none of these
 * stores anything.
 */
@IntegrationTest
class WorkbookRoundTripTest {

    @Autowired MockMvc mvc;
    @Autowired ApplicationContext context;
    @Autowired Assessments assessments;
    @Autowired RiskIdentification identification;
    @Autowired JdbcTemplate jdbc;
    @Autowired org.springframework.transaction.support.TransactionTemplate transaction;

    Screen screen;
    Walks walks;

    @BeforeEach
    void setUp() {
        screen = new Screen(mvc);
        walks = new Walks(context);
    }

    @Test
    void downloadChangeUploadPreviewConfirmAndASecondUploadChangesNothing() throws Exception {
        Walks.Crew crew = walks.crew();
        CurrentUser tecnico = crew.team().tecnico();
        Long id = walks.at(crew, 2025, AssessmentStage.IDENTIFICATION);
        Long processId = assessments.processes(tecnico, id).get(0).getId();
        Risk existing = walks.addStageAndRisk(tecnico, processId);

        Document process = screen.page(tecnico, "/assessments/" + id + "/processes/" + processId);
        String offline = process.select("a:contains(Trabajar sin conexión)").attr("href");
        assertThat(offline).isEqualTo("/assessments/" + id + "/workbook");
        String download = screen.page(tecnico, offline).select("a#download").attr("href");
        Matrix m = Matrix.of(screen.get(tecnico, download).getResponse().getContentAsByteArray());
        assertThat(m.get(2, "Código")).isEqualTo(existing.getCode());
        assertThat(m.locked(2, "Código")).isTrue();
        assertThat(m.locked(2, "Enunciado del riesgo")).isFalse();
        assertThat(m.locked(2, "Probabilidad")).as("scores are not worked on while identifying").isTrue();

        m.set(2, "Causas", "Discrecionalidad y falta de rotación del personal");
        int fresh = m.firstNewRow();
        m.set(fresh, "Proceso", m.list("Procesos").get(0))
                .set(fresh, "Etapa del proceso (opcional)", "Selección")
                .set(fresh, "Conducta de riesgo", "Fraccionar las compras")
                .set(fresh, "Enunciado del riesgo", "Posibilidad de fraccionar compras para evitar el concurso")
                .set(fresh, "Tipología o categoría", m.list("Tipología o categoría").get(5));
        byte[] file = m.bytes();

        String preview = screen.uploadWorkbook(tecnico, id, file).getResponse().getRedirectedUrl();
        assertThat(preview).startsWith("/assessments/" + id + "/workbook/uploads/");
        assertThat(risks(id)).as("nothing changes before confirmation").hasSize(1);
        Document page = screen.page(tecnico, preview);
        assertThat(page.select("#summary").text()).contains("riesgos nuevos: 1; cambiados: 1; quitados: 0");
        assertThat(page.select("#row-2").text()).contains("Causas").contains("falta de rotación");

        String back = screen.send(tecnico, page.select("form:has(#apply)").first()).getResponse().getRedirectedUrl();
        assertThat(back).isEqualTo("/assessments/" + id + "/workbook");
        List<Risk> after = risks(id);
        assertThat(after).hasSize(2);
        assertThat(after.get(0).getCauses()).isEqualTo("Discrecionalidad y falta de rotación del personal");
        assertThat(after.get(0).getStatement()).isEqualTo(existing.getStatement());
        Risk added = after.get(1);
        assertThat(added.getCode()).isEqualTo("R-02");
        assertThat(added.getRiskyBehaviour()).isEqualTo("Fraccionar las compras");
        String stage = transaction.execute(t -> assessments.risksOf(id).get(1).getStage().getName());
        assertThat(stage).isEqualTo("Selección");
        assertThat(added.getTypologyCode()).isNotNull();

        long versions = after.stream().mapToLong(Risk::getVersion).sum();
        Document again = Screen.parse(screen.uploadWorkbook(tecnico, id, file));
        assertThat(again.select("#already").text()).contains("ya se aplicó");
        assertThat(risks(id)).hasSize(2);
        assertThat(risks(id).stream().mapToLong(Risk::getVersion).sum()).isEqualTo(versions);

        // the same content saved again by a spreadsheet program (other bytes): still nothing to change
        byte[] resaved = Matrix.of(file).resaved("LibreOffice Calc").bytes();
        assertThat(resaved).isNotEqualTo(file);
        Document nothing = Screen.parse(screen.uploadWorkbook(tecnico, id, resaved));
        assertThat(nothing.select("#nothing").text()).as(nothing.select("main").text()).contains("no cambia nada");
        assertThat(risks(id)).hasSize(2);
        assertThat(uploads(id)).isEqualTo(1);
    }

    @Test
    void aWorkbookWithManyMistakesListsThemAllAndChangesNothing() throws Exception {
        Walks.Crew crew = walks.crew();
        CurrentUser tecnico = crew.team().tecnico();
        Long id = walks.at(crew, 2025, AssessmentStage.IDENTIFICATION);
        Long processId = assessments.processes(tecnico, id).get(0).getId();
        walks.addStageAndRisk(tecnico, processId);
        Matrix m = download(tecnico, id);
        String process = m.list("Procesos").get(0);
        m.set(2, "Enunciado del riesgo", null)
                .set(2, "Quitar", "tal vez")
                .set(3, "Proceso", "Tesorería")
                .set(3, "Conducta de riesgo", "Cobrar por trámites")
                .set(3, "Enunciado del riesgo", "Posibilidad de cobrar por trámites gratuitos")
                .set(3, "Tipología o categoría", "Soborno internacional")
                .set(4, "Proceso", process)
                .set(4, "Conducta de riesgo", "x".repeat(2001))
                .set(4, "Etapa del proceso (opcional)", "Pago")
                .set(5, "Código", "R-77")
                .set(5, "Causas", "Falta de control");
        Document page = Screen.parse(screen.uploadWorkbook(tecnico, id, m.bytes()));
        String problems = page.select("#problems").text();
        assertThat(page.select("#problems tbody tr")).hasSizeGreaterThanOrEqualTo(8);
        assertThat(problems)
                .contains("no se cambió nada")
                .contains("Enunciado del riesgo").contains("es obligatorio")
                .contains("«Tesorería» no es uno de sus procesos")
                .contains("«Soborno internacional» no es una tipología")
                .contains("tiene más de 2000 caracteres")
                .contains("«Pago» no es una etapa del proceso")
                .contains("el riesgo R-77 no existe")
                .contains("escriba «Sí» para quitar");
        assertThat(page.select("#problems tbody tr:has(td:contains(Tipología))").first().child(1).text()).isEqualTo("3");
        assertThat(risks(id)).hasSize(1);
        assertThat(risks(id).get(0).getStatement()).isNotBlank();
        assertThat(uploads(id)).isZero();
    }

    @Test
    void aRiskChangedAfterTheDownloadRefusesTheWorkbook() throws Exception {
        Walks.Crew crew = walks.crew();
        CurrentUser tecnico = crew.team().tecnico();
        Long id = walks.at(crew, 2025, AssessmentStage.IDENTIFICATION);
        Long processId = assessments.processes(tecnico, id).get(0).getId();
        Risk risk = walks.addStageAndRisk(tecnico, processId);
        Matrix m = download(tecnico, id);

        RiskForm colleague = RiskForm.of(risk);
        colleague.setCauses("Cambio hecho en línea por el Conductor");
        identification.update(crew.team().conductor(), risk.getId(), colleague);

        m.set(2, "Causas", "Cambio hecho sin conexión");
        Document page = Screen.parse(screen.uploadWorkbook(tecnico, id, m.bytes()));
        assertThat(page.select("#problems").text()).contains("alguien cambió el riesgo " + risk.getCode());
        assertThat(risks(id).get(0).getCauses()).isEqualTo("Cambio hecho en línea por el Conductor");
        assertThat(uploads(id)).isZero();
    }

    @Test
    void scoresAreWorkedOnWhileEvaluatingAndNewRowsAreRefusedThere() throws Exception {
        Walks.Crew crew = walks.crew();
        CurrentUser conductor = crew.team().conductor();
        Long id = walks.at(crew, 2025, AssessmentStage.EVALUATION);
        Matrix m = download(conductor, id);
        assertThat(m.locked(2, "Enunciado del riesgo")).isTrue();
        assertThat(m.locked(2, "Probabilidad")).isFalse();
        List<String> probability = m.list("Probabilidad");
        List<String> impact = m.list("Impacto");
        List<String> ratings = m.list("Valoración de los controles");
        m.set(2, "Probabilidad", probability.get(probability.size() - 1))
                .set(2, "Impacto", impact.get(0))
                .set(2, "Valoración de los controles", ratings.get(0))
                .set(2, "Enunciado del riesgo", "Cambio en una columna gris: no se lee");

        Matrix wrong = Matrix.of(m.bytes()).set(3, "Probabilidad", probability.get(0))
                .set(2, "Impacto", "Catastrófico sin número");
        String problems = Screen.parse(screen.uploadWorkbook(conductor, id, wrong.bytes())).select("#problems").text();
        assertThat(problems).contains("en esta etapa no se agregan riesgos")
                .contains("«Catastrófico sin número» no existe en el esquema vigente");

        String preview = screen.uploadWorkbook(conductor, id, m.bytes()).getResponse().getRedirectedUrl();
        Document page = screen.page(conductor, preview);
        assertThat(page.select("#row-2").text()).contains("Probabilidad").doesNotContain("Enunciado");
        screen.send(conductor, page.select("form:has(#apply)").first());
        Risk rated = risks(id).get(0);
        assertThat(rated.getProbability()).isEqualTo(Walks.max(walks.scheme(id).probabilityLevels()));
        assertThat(rated.getImpact()).isEqualTo(Walks.min(walks.scheme(id).impactLevels()));
        assertThat(rated.getInherentLevel()).as("levels come from the scheme's tables").isNotNull();
        assertThat(rated.getStatement()).doesNotContain("columna gris");
    }

    @Test
    void measuresArePlannedOnTheirSheetWhileTreatingWithTheMeasurePagesRules() throws Exception {
        Walks.Crew crew = walks.crew();
        CurrentUser conductor = crew.team().conductor();
        Long id = walks.at(crew, 2025, AssessmentStage.TREATMENT);
        Risk risk = risks(id).get(0);
        walks.addMeasure(conductor, risk.getId());
        Document treatment = screen.page(conductor, "/assessments/" + id + "/treatment");
        assertThat(treatment.select("a:contains(Trabajar sin conexión)").attr("href")).isEqualTo("/assessments/" + id + "/workbook");
        Matrix m = download(conductor, id);
        assertThat(m.locked(2, "Enunciado del riesgo")).as("risks are not described while treating").isTrue();
        Matrix.DataSheet measures = m.sheet("Medidas");
        assertThat(measures.get(2, "Código")).isEqualTo(risk.getCode() + "-M1");
        assertThat(measures.get(2, "Inicio (dd/mm/aaaa)")).matches("\\d{2}/\\d{2}/\\d{4}");
        String owner = m.list("Responsables (usuarios)").stream().filter(u -> u.endsWith("(" + crew.team().tecnico().username() + ")"))
                .findFirst().orElseThrow();
        measures.set(2, "Indicador", "Actas publicadas en el portal en menos de 5 días");
        int fresh = measures.firstNewRow("N.º interno (no modificar)");
        measures.set(fresh, "Riesgo", risk.getCode())
                .set(fresh, "Descripción de la medida", "Rotar a los miembros del comité de selección")
                .set(fresh, "Tipo", m.list("Tipo de medida").get(0))
                .set(fresh, "Unidad responsable", "Recursos Humanos")
                .set(fresh, "Responsable (usuario del sistema)", owner)
                .set(fresh, "Inicio (dd/mm/aaaa)", "01/03/2025")
                .set(fresh, "Fin (dd/mm/aaaa)", "30/11/2025")
                .set(fresh, "Indicador", "Comités rotados")
                .set(fresh, "Medio de verificación", "Resoluciones de designación");
        byte[] good = m.bytes();

        Matrix wrong = Matrix.of(good);
        wrong.sheet("Medidas").set(fresh, "Fin (dd/mm/aaaa)", "15/02/2025")
                .set(fresh, "Responsable (usuario del sistema)", "alguien.externo")
                .set(fresh + 1, "Riesgo", "R-99").set(fresh + 1, "Descripción de la medida", "Otra medida")
                .set(fresh + 1, "Inicio (dd/mm/aaaa)", "el lunes");
        String problems = Screen.parse(screen.uploadWorkbook(conductor, id, wrong.bytes())).select("#problems").text();
        assertThat(problems).contains("Medidas")
                .contains("la fecha de fin es anterior a la de inicio")
                .contains("«alguien.externo» no es un usuario activo de la entidad")
                .contains("«R-99» no es uno de sus riesgos")
                .contains("«el lunes» no es una fecha")
                .contains("Indicador").contains("es obligatorio");
        assertThat(uploads(id)).isZero();

        String preview = screen.uploadWorkbook(conductor, id, good).getResponse().getRedirectedUrl();
        Document page = screen.page(conductor, preview);
        assertThat(page.select("#measure-summary").text()).contains("Medidas nuevas: 1; cambiadas: 1; quitadas: 0");
        assertThat(page.select("#measure-row-2").text()).contains("Indicador").contains("menos de 5 días");
        screen.send(conductor, page.select("form:has(#apply)").first());
        List<pe.integrity.assessment.Measure> planned = assessments.measuresOf(id);
        assertThat(planned).hasSize(2);
        assertThat(planned.get(0).getIndicator()).isEqualTo("Actas publicadas en el portal en menos de 5 días");
        assertThat(planned.get(1).getDescription()).isEqualTo("Rotar a los miembros del comité de selección");
        assertThat(planned.get(1).getResponsibleUsername()).isEqualTo(crew.team().tecnico().username());
        assertThat(planned.get(1).getEndDate()).isEqualTo(java.time.LocalDate.of(2025, 11, 30));
        assertThat(Screen.parse(screen.uploadWorkbook(conductor, id, Matrix.of(good).resaved("Excel").bytes()))
                .select("#nothing").text()).contains("no cambia nada");
        assertThat(assessments.measuresOf(id)).hasSize(2);
    }

    @Test
    void progressIsReportedOnItsSheetDuringFollowUpWithTheReportPagesRules() throws Exception {
        Walks.Crew crew = walks.crew();
        CurrentUser tecnico = crew.team().tecnico();
        Long id = walks.at(crew, 2025, AssessmentStage.FOLLOW_UP);
        pe.integrity.assessment.Measure measure = assessments.measuresOf(id).get(0);
        Document followUp = screen.page(tecnico, "/assessments/" + id + "/follow-up");
        String offline = followUp.select("a:contains(Trabajar sin conexión)").attr("href");
        assertThat(offline).isEqualTo("/assessments/" + id + "/workbook");
        assertThat(screen.page(tecnico, offline).text()).contains("hoja «Avance»");
        Matrix m = download(tecnico, id);
        assertThat(m.locked(2, "Enunciado del riesgo")).as("risks are read only in follow-up").isTrue();
        Matrix.DataSheet progress = m.sheet("Avance");
        assertThat(progress.get(2, "Código")).isEqualTo(measure.getCode());
        assertThat(progress.get(2, "Estado")).isEqualTo("No iniciada");
        assertThat(progress.get(2, "Avance (%)")).isEqualTo("0");
        assertThat(m.list("Estado de la medida")).containsExactly("No iniciada", "En curso", "Implementada");
        assertThat(m.sheet("Avance").get(3, "Código")).as("no blank rows: measures are not added here").isEmpty();

        Matrix wrong = Matrix.of(m.bytes());
        wrong.sheet("Avance").set(2, "Estado", "Implementada").setNumber(2, "Avance (%)", 40);
        String problems = Screen.parse(screen.uploadWorkbook(tecnico, id, wrong.bytes())).select("#problems").text();
        assertThat(problems).contains("Avance").contains("Una medida implementada tiene 100 % de avance");
        Matrix odd = Matrix.of(m.bytes());
        odd.sheet("Avance").set(2, "Estado", "Terminada").set(2, "Avance (%)", "muchísimo");
        String oddProblems = Screen.parse(screen.uploadWorkbook(tecnico, id, odd.bytes())).select("#problems").text();
        assertThat(oddProblems).contains("«Terminada» no es un estado de medida")
                .contains("«muchísimo» no es un avance válido");
        assertThat(uploads(id)).isZero();
        assertThat(reports(id)).isZero();

        progress.set(2, "Estado", "En curso").setNumber(2, "Avance (%)", 40)
                .set(2, "Comentario del avance", "Se publicaron 4 de las 10 actas previstas");
        byte[] good = m.bytes();
        String preview = screen.uploadWorkbook(tecnico, id, good).getResponse().getRedirectedUrl();
        Document page = screen.page(tecnico, preview);
        assertThat(page.select("#report-summary").text()).contains("1 reportes de avance");
        assertThat(page.select("#report-row-2").text()).contains("No iniciada").contains("En curso").contains("40 %")
                .contains("4 de las 10 actas");
        assertThat(reports(id)).as("nothing is filed before confirmation").isZero();
        screen.send(tecnico, page.select("form:has(#apply)").first());
        pe.integrity.assessment.Measure after = assessments.measuresOf(id).get(0);
        assertThat(after.getStatus()).isEqualTo(pe.integrity.assessment.MeasureStatus.IN_PROGRESS);
        assertThat(after.getProgress()).isEqualTo(40);
        assertThat(after.getProgressComment()).isEqualTo("Se publicaron 4 de las 10 actas previstas");
        assertThat(jdbc.queryForObject("select reported_by from progress_report where measure_id = ?",
                String.class, measure.getId())).isEqualTo(tecnico.username());

        assertThat(Screen.parse(screen.uploadWorkbook(tecnico, id, good)).select("#already").text()).contains("ya se aplicó");
        assertThat(Screen.parse(screen.uploadWorkbook(tecnico, id, Matrix.of(good).resaved("Excel").bytes()))
                .select("#nothing").text()).contains("no cambia nada");
        assertThat(reports(id)).as("the same workbook files no second report").isEqualTo(1);

        // a report filed on the page after this download: the older workbook may not overwrite it
        Matrix older = Matrix.of(good);
        older.sheet("Avance").setNumber(2, "Avance (%)", 60);
        pe.integrity.assessment.ProgressForm onPage = pe.integrity.assessment.ProgressForm.of(after);
        onPage.setProgress(50);
        context.getBean(pe.integrity.assessment.FollowUpReporting.class).report(crew.team().conductor(),
                measure.getId(), onPage);
        String stale = Screen.parse(screen.uploadWorkbook(tecnico, id, older.bytes())).select("#problems").text();
        assertThat(stale).contains("alguien reportó o cambió la medida " + measure.getCode());
        assertThat(reports(id)).isEqualTo(2);
        assertThat(assessments.measuresOf(id).get(0).getProgress()).isEqualTo(50);

        for (CurrentUser outsider : List.of(walks.crew().team().conductor(), walks.user("auditor"), crew.team().alta())) {
            assertThat(screen.status(outsider, "/assessments/" + id + "/workbook/matriz.xlsx")).as(outsider.username())
                    .isIn(403, 404);
        }
    }

    @Test
    void aWorkbookOfAnotherEntityOrAssessmentIsRefused() throws Exception {
        Walks.Crew one = walks.crew();
        Walks.Crew other = walks.crew();
        Long mine = walks.at(one, 2025, AssessmentStage.IDENTIFICATION);
        Long theirs = walks.at(other, 2025, AssessmentStage.IDENTIFICATION);
        byte[] foreign = download(other.team().conductor(), theirs).bytes();
        Document page = Screen.parse(screen.uploadWorkbook(one.team().conductor(), mine, foreign));
        assertThat(page.select("#refused").text()).contains("es de otra entidad");

        Long later = walks.at(one, 2026, AssessmentStage.IDENTIFICATION);
        Document otherYear = Screen.parse(screen.uploadWorkbook(one.team().conductor(), later, download(one.team().conductor(), mine).bytes()));
        assertThat(otherYear.select("#refused").text()).contains("es de otra evaluación");
        assertThat(uploads(mine) + uploads(later)).isZero();
    }

    @Test
    void onlyTheEntitysOwnPeopleWhoWorkOnItDownloadUploadOrConfirm() throws Exception {
        Walks.Crew one = walks.crew();
        Walks.Crew other = walks.crew();
        CurrentUser tecnico = one.team().tecnico();
        Long id = walks.at(one, 2025, AssessmentStage.IDENTIFICATION);
        Long processId = assessments.processes(tecnico, id).get(0).getId();
        walks.addStageAndRisk(tecnico, processId);
        Matrix m = download(tecnico, id);
        m.set(2, "Causas", "Cambio para la vista previa");
        String preview = screen.uploadWorkbook(tecnico, id, m.bytes()).getResponse().getRedirectedUrl();
        String base = "/assessments/" + id + "/workbook";
        for (CurrentUser outsider : List.of(other.team().conductor(), walks.user("auditor"), walks.user("sip.revisor"),
                walks.user("admin"), one.team().alta(), one.otherTecnico())) {
            assertThat(screen.status(outsider, base + "/matriz.xlsx")).as(outsider.username()).isIn(403, 404);
            assertThat(screen.uploadWorkbook(outsider, id, m.bytes()).getResponse().getStatus()).as(outsider.username()).isIn(403, 404);
            assertThat(screen.status(outsider, preview)).as(outsider.username()).isIn(403, 404);
            assertThat(screen.post(outsider, preview + "/apply").getResponse().getStatus()).as(outsider.username())
                    .isIn(403, 404);
        }
        assertThat(risks(id).get(0).getCauses()).isNotEqualTo("Cambio para la vista previa");
        assertThat(uploads(id)).isEqualTo(1);
        assertThat(screen.page(one.team().conductor(), base).select("a#download")).hasSize(1);
    }

    @Test
    void aHostileFileIsRefusedThroughThePageAndNothingIsStored() throws Exception {
        Walks.Crew crew = walks.crew();
        CurrentUser tecnico = crew.team().tecnico();
        Long id = walks.at(crew, 2025, AssessmentStage.IDENTIFICATION);
        byte[] macro = WorkbookFiles.withEntry(download(tecnico, id).bytes(), "xl/vbaProject.bin", new byte[] {1, 2, 3});
        Document page = Screen.parse(screen.uploadWorkbook(tecnico, id, macro));
        assertThat(page.select("#refused").text()).contains("contiene macros");
        Document text = Screen.parse(screen.uploadWorkbook(tecnico, id, "Proceso;Riesgo\n".getBytes()));
        assertThat(text.select("#refused").text()).contains("no es un libro de Excel");
        assertThat(uploads(id)).isZero();
    }

    private Matrix download(CurrentUser who, Long id) throws Exception {
        MvcResult r = screen.get(who, "/assessments/" + id + "/workbook/matriz.xlsx");
        assertThat(r.getResponse().getStatus()).isEqualTo(200);
        assertThat(r.getResponse().getHeader("Content-Disposition")).contains("attachment").contains(".xlsx");
        return Matrix.of(r.getResponse().getContentAsByteArray());
    }


    private List<Risk> risks(Long id) {
        return assessments.risksOf(id);
    }

    private int reports(Long id) {
        return jdbc.queryForObject("select count(*) from progress_report where assessment_id = ?", Integer.class, id);
    }

    private int uploads(Long id) {
        return jdbc.queryForObject("select count(*) from workbook_upload where assessment_id = ?", Integer.class, id);
    }
}
