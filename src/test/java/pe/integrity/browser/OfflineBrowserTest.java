package pe.integrity.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import pe.integrity.assessment.Risk;
import pe.integrity.organisation.EntityDirectory;
import pe.integrity.support.AssessmentJourney;
import pe.integrity.support.Matrix;

/**
 * One offline round trip in Chromium: the Técnico opens the identification step from the inbox, follows "Trabajar sin
 * conexión en Excel", downloads the matrix, changes cells (with POI, as Excel would), uploads it with the page's
 * form, reads the preview and confirms; the process page then lists the new risk.
 */
@BrowserTest
class OfflineBrowserTest implements WithBrowser {

    @LocalServerPort
    int port;

    @Autowired
    ApplicationContext ctx;

    WebPage page;
    AssessmentJourney journey;
    String entity;

    @Override
    public WebPage browser() {
        return page;
    }

    @BeforeAll
    void prepare() {
        page = new WebPage(port, "offline", false);
        journey = AssessmentJourney.open(ctx, LocalDate.now().getYear()).toIdentification("Contrataciones");
        entity = ctx.getBean(EntityDirectory.class).find(journey.team.entityId()).orElseThrow().getName();
    }

    @AfterAll
    void closeBrowser() {
        if (page != null) {
            page.close();
        }
    }

    @Test
    @Order(1)
    void theTecnicoWorksOnTheMatrixOfflineAndImportsIt() throws Exception {
        page.login(journey.team.tecnico().username(), "secret-" + journey.team.tecnico().username());
        page.task("Identificar riesgos del proceso", entity).expectH1("Contrataciones");
        page.link("Trabajar sin conexión en Excel").expectH1("Trabajar sin conexión en Excel")
                .expectText("puede agregar, describir y quitar riesgos").shot("offline-page");
        Matrix m = Matrix.of(page.download(page.href("Descargar la matriz de riesgos (.xlsx)")));
        int row = m.firstNewRow();
        m.set(row, "Proceso", m.list("Procesos").get(0))
                .set(row, "Conducta de riesgo", "Aceptar regalos de proveedores")
                .set(row, "Enunciado del riesgo", "Posibilidad de aceptar regalos de proveedores a cambio de favores")
                .set(row, "Tipología o categoría", m.list("Tipología o categoría").get(3))
                .set(row, "Causas", "Trato directo con proveedores sin registro");
        Path file = Files.createTempFile("matriz-", ".xlsx");
        Files.write(file, m.bytes());

        page.upload("file", file).submit("Revisar el libro").expectH1("Vista previa de la importación")
                .expectText("riesgos nuevos: 1").expectText("Aceptar regalos de proveedores").shot("offline-preview");
        assertThat(journey.risks()).as("nothing is saved before confirmation").isEmpty();
        page.submit("Confirmar e importar").expectText("Se aplicó el libro. Riesgos nuevos: 1").shot("offline-applied");
        assertThat(journey.risks()).extracting(Risk::getRiskyBehaviour).containsExactly("Aceptar regalos de proveedores");

        page.link("Lista de pasos de la evaluación").link("Contrataciones")
                .expectText("Posibilidad de aceptar regalos de proveedores a cambio de favores");
        Files.deleteIfExists(file);
        page.logout();
    }
}
