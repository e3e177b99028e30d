package pe.integrity.workspace;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import pe.integrity.workflow.AssessmentProcess;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.MessageSource;
import org.springframework.context.NoSuchMessageException;
import pe.integrity.support.IntegrationTest;

/**
 * Every message code the screens can show from Java exists in Spanish and English: the gaps of incomplete
 * steps, the codes of rule violations (InvalidInputException) of every module, and the workspace's own.
 * Codes are read from the source, so a new rule without a message fails here.
 */
@IntegrationTest
class WorkspaceMessagesTest {

    static final Pattern GAP = Pattern.compile("new Gap\\(\"([^\"]+)\"");
    static final Pattern INVALID = Pattern.compile("new InvalidInputException\\(\"[^\"]+\", \"([^\"]+)\"\\)");
    static final Pattern WORKSPACE = Pattern.compile("\"(workspace\\.[a-zA-Z.]+)\"");

    @Autowired MessageSource messages;

    @Test
    void everyCodeTheScreensShowHasASpanishAndAnEnglishMessage() throws IOException {
        Set<String> codes = new TreeSet<>();
        try (Stream<Path> files = Files.walk(Path.of("src/main/java"))) {
            for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
                String source = Files.readString(file);
                for (Pattern p : new Pattern[] {GAP, INVALID, WORKSPACE}) {
                    Matcher m = p.matcher(source);
                    while (m.find()) {
                        codes.add(m.group(1));
                    }
                }
            }
        }
        codes.addAll(Set.of("task.gone", "evaluation.outOfScale"));
        // a code ending in "." is a prefix completed at run time: the confirmation of each step with "Completar paso"
        codes.removeIf(c -> c.endsWith("."));
        for (String step : java.util.List.of(AssessmentProcess.PREPARE_SCOPE, AssessmentProcess.IDENTIFY_RISKS,
                AssessmentProcess.EVALUATE_RISKS, AssessmentProcess.PLAN_TREATMENT, AssessmentProcess.REPORT_PROGRESS)) {
            codes.add("workspace.confirm.step." + step);
        }
        assertThat(codes).contains("gap.risk.noMeasure", "scope.owner.invalid", "workspace.evidence.tooLarge");
        for (String code : codes) {
            for (Locale locale : new Locale[] {Locale.forLanguageTag("es-PE"), Locale.ENGLISH}) {
                try {
                    assertThat(messages.getMessage(code, new Object[] {"R-01"}, locale)).as(code).isNotBlank();
                } catch (NoSuchMessageException e) {
                    throw new AssertionError("no message for " + code + " in " + locale, e);
                }
            }
        }
    }
}
