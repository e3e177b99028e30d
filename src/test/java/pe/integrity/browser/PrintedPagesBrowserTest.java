package pe.integrity.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import javax.imageio.ImageIO;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.PrintsPage;
import org.openqa.selenium.print.PrintOptions;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import pe.integrity.organisation.EntityDirectory;
import pe.integrity.support.AssessmentJourney;

/**
 * The SIP review page and a step page printed by Chromium on A4, read back with PDFBox: the content is there and
 * inside the paper, the navigation, language switch and buttons are not. The first page of each is kept as a
 * picture next to the screenshots ({@code target/browser-screenshots/print}).
 */
@BrowserTest
class PrintedPagesBrowserTest implements WithBrowser {

    /** A period of its own: the entity is new, so no other assessment of this year exists. */
    private static final int YEAR = java.time.LocalDate.now(pe.integrity.shared.Display.ZONE).getYear();

    @LocalServerPort
    int port;

    @Autowired
    ApplicationContext ctx;

    @Autowired
    EntityDirectory entities;

    WebPage page;
    AssessmentJourney journey;
    String entityName;

    @Override
    public WebPage browser() {
        return page;
    }

    @BeforeAll
    void open() {
        page = new WebPage(port, "print", true);
        journey = AssessmentJourney.open(ctx, YEAR).toSipReview("Contrataciones");
        entityName = entities.find(journey.team.entityId()).orElseThrow().getName();
    }

    @AfterAll
    void close() {
        if (page != null) {
            page.close();
        }
    }

    @Test
    @Order(1)
    void theReviewPagePrintsItsContentOnly() {
        page.login("sip.revisor").task("Revisar evaluación (SIP)", entityName);
        Printed printed = print("review");
        assertThat(printed.text).contains(entityName).contains(riskStatement());
        assertThat(printed.text).doesNotContain("Mis tareas", "Cerrar sesión", "English", "Saltar al contenido");
        assertThat(printed.text).as("buttons stay on screen").doesNotContain("Registrar decisión");
        assertThat(printed.rightmost).as("text within the paper's width").isLessThan(0.97f);
        page.logout();
    }

    @Test
    @Order(2)
    void aStepPagePrintsItsContentOnly() {
        String conductor = journey.team.conductor().username();
        page.login(conductor, "secret-" + conductor).link("Evaluaciones de mi entidad");
        page.linkInRow(String.valueOf(YEAR), String.valueOf(YEAR)).link("Evaluar riesgos");
        Printed printed = print("evaluation");
        assertThat(printed.text).contains(riskStatement());
        assertThat(printed.text).doesNotContain("Mis tareas", "Cerrar sesión", "Saltar al contenido");
        assertThat(printed.rightmost).as("text within the paper's width").isLessThan(0.97f);
        page.logout();
    }

    private String riskStatement() {
        return journey.risks().get(0).getStatement().substring(0, 30);
    }

    /** The current page printed on A4 portrait by the browser, as text and its rightmost glyph. */
    private Printed print(String name) {
        PrintOptions options = new PrintOptions();
        options.setPageSize(new org.openqa.selenium.print.PageSize(29.7, 21.0));
        options.setBackground(true);
        byte[] pdf = Base64.getDecoder().decode(((PrintsPage) page.driver).print(options).getContent());
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            PDRectangle a4 = doc.getPage(0).getMediaBox();
            assertThat(a4.getWidth()).as("A4 portrait, in points").isBetween(590f, 600f);
            float[] rightmost = {0};
            PDFTextStripper stripper = new PDFTextStripper() {
                @Override
                protected void processTextPosition(TextPosition t) {
                    rightmost[0] = Math.max(rightmost[0], (t.getXDirAdj() + t.getWidthDirAdj()) / t.getPageWidth());
                    super.processTextPosition(t);
                }
            };
            String text = stripper.getText(doc).replaceAll("\\s+", " ");
            Path dir = Files.createDirectories(Path.of("target", "browser-screenshots", "print"));
            Files.write(dir.resolve(name + ".pdf"), pdf);
            ImageIO.write(new PDFRenderer(doc).renderImageWithDPI(0, 80), "png", dir.resolve(name + "-page-1.png").toFile());
            return new Printed(text, rightmost[0]);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private record Printed(String text, float rightmost) {}
}
