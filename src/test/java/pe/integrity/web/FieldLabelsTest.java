package pe.integrity.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.springframework.context.support.ResourceBundleMessageSource;

/** The label lookup of the error summary: its convention, its named exceptions, and that every form uses it. */
class FieldLabelsTest {

    static final Locale ES = Locale.forLanguageTag("es-PE");

    /** The application's bundles, as application.yml lists them (every module's own bundle included). */
    static final String[] BASENAMES = basenames();

    private static String[] basenames() {
        try {
            java.util.regex.Matcher m = java.util.regex.Pattern.compile("(?m)^\\s*basename:\\s*(\\S+)\\s*$")
                    .matcher(java.nio.file.Files.readString(java.nio.file.Path.of("src/main/resources/application.yml")));
            if (!m.find()) {
                throw new IllegalStateException("no spring.messages.basename in application.yml");
            }
            return m.group(1).split(",");
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    static ResourceBundleMessageSource messages() {
        ResourceBundleMessageSource m = new ResourceBundleMessageSource();
        m.setBasenames(BASENAMES);
        m.setDefaultEncoding("UTF-8");
        m.setFallbackToSystemLocale(false);
        return m;
    }

    final FieldLabels labels = new FieldLabels(messages());

    @Test
    void aFieldIsLabelledByPrefixAndNameWithoutIdOrCodeAndLastPropertyOfAPath() {
        assertThat(labels.label("entity", "name", ES)).isEqualTo("Nombre");
        assertThat(labels.label("user", "entityId", Locale.ENGLISH)).isEqualTo(labels.label("user", "entity", Locale.ENGLISH));
        assertThat(labels.label("workspace.risk", "typologyCode", ES)).isEqualTo("Tipología");
        assertThat(labels.label("review.observation", "observations[2].text", ES))
                .isEqualTo(labels.label("review.observation", "text", ES)).isNotNull();
        assertThat(labels.anchor("observations[2].text")).isEqualTo("observations2.text");
        assertThat(labels.label("workspace.risk", "noSuchField", ES)).isNull();
    }

    @Test
    void namedExceptionsWin() {
        assertThat(labels.keys("workspace.risk", "riskyBehaviour")).containsExactly("workspace.risk.behaviour");
        assertThat(labels.label("workspace.measure", "endDate", ES)).isEqualTo(labels.label("workspace.measure", "end", ES));
    }

    @Test
    void everyNamedLabelKeyExistsInBothLanguages() {
        ResourceBundleMessageSource m = messages();
        assertThat(labels.namedKeys()).isNotEmpty();
        for (String key : labels.namedKeys()) {
            for (Locale locale : List.of(ES, Locale.ENGLISH)) {
                assertThat(m.getMessage(key, null, null, locale)).as("%s in %s", key, locale).isNotNull();
            }
        }
    }

    @Test
    void everyErrorSummaryNamesThePrefixOfItsFormsLabels() throws IOException {
        Pattern call = Pattern.compile("fragments/forms :: errorSummary(\\('([a-zA-Z.]+)'\\))?");
        int calls = 0;
        try (Stream<Path> files = Files.walk(Path.of("src/main/resources/templates"))) {
            for (Path p : files.filter(f -> f.toString().endsWith(".html")).toList()) {
                Matcher m = call.matcher(Files.readString(p));
                while (m.find()) {
                    calls++;
                    assertThat(m.group(2)).as("errorSummary in %s", p).isNotNull();
                }
            }
        }
        assertThat(calls).isGreaterThan(15);
    }

    /** Forms written out in shared fragments, with the prefix their pages pass to the summary. */
    static final java.util.Map<String, String> FRAGMENT_PREFIXES = java.util.Map.of(
            "risk-fields.html", "workspace.risk",
            "scope-fields.html", "workspace.scope",
            "decision-fields.html", "workspace.decision");

    @Test
    void everyLabelledFieldOfAFormIsNamedInItsSummaryByItsVisibleLabel() throws IOException {
        Pattern prefix = Pattern.compile("errorSummary\\('([a-zA-Z.]+)'\\)");
        Pattern field = Pattern.compile("(?:textarea|text)\\('([A-Za-z]+)', '([a-zA-Z.]+)'"
                + "|<label for=\"([A-Za-z]+)\" th:text=\"#\\{([a-zA-Z.]+)}\""
                + "|<fieldset id=\"([A-Za-z]+)\"[^>]*>\\s*<legend th:text=\"#\\{([a-zA-Z.]+)}\"");
        int checked = 0;
        try (Stream<Path> files = Files.walk(Path.of("src/main/resources/templates"))) {
            for (Path p : files.filter(f -> f.toString().endsWith(".html")).toList()) {
                String html = Files.readString(p);
                List<String> prefixes = new java.util.ArrayList<>();
                Matcher pm = prefix.matcher(html);
                while (pm.find()) {
                    prefixes.add(pm.group(1));
                }
                String shared = FRAGMENT_PREFIXES.get(p.getFileName().toString());
                if (shared != null) {
                    prefixes.add(shared);
                }
                if (prefixes.isEmpty()) {
                    continue;
                }
                Matcher fm = field.matcher(html);
                while (fm.find()) {
                    String name = fm.group(1) != null ? fm.group(1) : fm.group(3) != null ? fm.group(3) : fm.group(5);
                    String key = fm.group(2) != null ? fm.group(2) : fm.group(4) != null ? fm.group(4) : fm.group(6);
                    String visible = messages().getMessage(key, null, ES);
                    assertThat(prefixes.stream().map(x -> labels.label(x, name, ES)))
                            .as("label of %s (%s) in %s with prefixes %s", name, key, p, prefixes).contains(visible);
                    checked++;
                }
            }
        }
        assertThat(checked).isGreaterThan(40);
    }
}
