package pe.integrity;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModule;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.docs.Documenter;
import org.springframework.modulith.docs.Documenter.CanvasOptions;
import org.springframework.modulith.docs.Documenter.DiagramOptions;
import org.springframework.modulith.docs.Documenter.DiagramOptions.DiagramStyle;
import org.springframework.modulith.docs.Documenter.DiagramOptions.ElementsWithoutRelationships;

/**
 * Module boundaries: Spring Modulith fails the build when a module reaches into another's internals, depends on a
 * module its package-info.java does not list in {@code allowedDependencies}, or the
 * modules depend on each other in a cycle. The same model writes the module documentation, and the committed
 * copy in docs/modules must match it.
 */
class ModularityTest {

    static final String DOCS = "docs/modules";
    static final String GENERATED = "target/module-docs";

    final ApplicationModules modules = ApplicationModules.of(IntegrityRiskApplication.class);

    @Test
    void modulesRespectTheirBoundaries() {
        modules.verify();
    }

    @Test
    void everyModuleOfTheDesignIsDetected() {
        assertThat(modules.stream().map(ApplicationModule::getIdentifier).map(Object::toString))
                .containsExactlyInAnyOrder("organisation", "catalog", "assessment", "workflow", "review", "register",
                        "web", "workspace", "notification", "demo", "nationaldata", "api", "campaign", "dashboard", "offline",
                        "history", "library", "search", "shared");
    }

    /**
     * docs/architecture.md draws the module dependencies by hand (Mermaid, which the repository host renders); they
     * must be exactly the code's, leaving out the open {@code shared} module that most modules use.
     */
    @Test
    void theArchitecturePictureDrawsTheDependenciesOfTheCode() throws IOException {
        java.util.Set<String> drawn = new java.util.TreeSet<>();
        java.util.regex.Matcher arrow = java.util.regex.Pattern.compile("(?m)^\\s*(\\w+) --> (\\w+)\\s*$")
                .matcher(Files.readString(Path.of("docs/architecture.md")));
        while (arrow.find()) {
            drawn.add(arrow.group(1) + " --> " + arrow.group(2));
        }
        java.util.Set<String> coded = new java.util.TreeSet<>();
        modules.forEach(m -> m.getDirectDependencies(modules).uniqueModules()
                .map(d -> d.getIdentifier().toString())
                .filter(d -> !d.equals("shared") && !d.equals(m.getIdentifier().toString()))
                .forEach(d -> coded.add(m.getIdentifier() + " --> " + d)));
        assertThat(drawn).isEqualTo(coded);
    }

    /** Keeps the engine behind one module, so a move to Operaton stays a rename there. */
    @Test
    void onlyTheWorkflowModuleUsesCamunda() {
        JavaClasses main = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("pe.integrity");
        noClasses()
                .that()
                .resideOutsideOfPackage("pe.integrity.workflow..")
                .should()
                .dependOnClassesThat()
                .resideInAPackage("org.camunda..")
                .check(main);
    }

    /**
     * The committed module documentation (docs/modules) is what the code says today. Written to
     * target/module-docs and compared file by file; {@code -Dmodules.docs.update=true} copies it over the
     * committed files after a change of the modules.
     */
    @Test
    void committedModuleDocumentationMatchesTheCode() throws IOException {
        // show every module, also those not yet depended upon, so the overview matches the design
        DiagramOptions diagrams = DiagramOptions.defaults()
                .withStyle(DiagramStyle.C4)
                .withElementsWithoutRelationships(ElementsWithoutRelationships.VISIBLE);
        CanvasOptions canvases = CanvasOptions.defaults();
        new Documenter(modules, Documenter.Options.defaults().withOutputFolder(GENERATED))
                .writeModulesAsPlantUml(diagrams)
                .writeIndividualModulesAsPlantUml(diagrams)
                .writeModuleCanvases(canvases)
                .writeAggregatingDocument(diagrams, canvases);
        sortElementsOfDiagrams();
        List<Path> generated;
        try (Stream<Path> files = Files.list(Path.of(GENERATED))) {
            generated = files.filter(f -> f.toString().matches(".*\\.(puml|adoc)$")).sorted().toList();
        }
        assertThat(generated).extracting(f -> f.getFileName().toString())
                .contains("components.puml", "all-docs.adoc")
                .containsAll(modules.stream().map(m -> "module-" + m.getIdentifier() + ".adoc").toList());
        if (Boolean.getBoolean("modules.docs.update")) {
            for (Path f : generated) {
                Files.copy(f, Path.of(DOCS).resolve(f.getFileName()), java.nio.file.StandardCopyOption.REPLACE_EXISTING);
            }
        }
        List<String> stale = new ArrayList<>();
        for (Path f : generated) {
            Path committed = Path.of(DOCS).resolve(f.getFileName());
            if (!Files.exists(committed) || !Files.readString(committed).equals(Files.readString(f))) {
                stale.add(committed.toString());
            }
        }
        assertThat(stale).as("module docs that differ from the code; regenerate with "
                + "./mvnw test -Dtest=ModularityTest -Dmodules.docs.update=true").isEmpty();
    }

    /**
     * The diagrams list components and relations in class-scanning order, which differs between checkouts;
     * sorted, the committed files change only when the modules do.
     */
    private static void sortElementsOfDiagrams() throws IOException {
        try (Stream<Path> files = Files.list(Path.of(GENERATED))) {
            for (Path puml : files.filter(f -> f.toString().endsWith(".puml")).toList()) {
                List<String> lines = new ArrayList<>(Files.readAllLines(puml));
                sortRuns(lines, "  Component(");
                sortRuns(lines, "Rel(");
                Files.writeString(puml, String.join("\n", lines));
            }
        }
        try (Stream<Path> files = Files.list(Path.of(GENERATED))) {
            for (Path adoc : files.filter(f -> f.toString().endsWith(".adoc")).toList()) {
                List<String> lines = new ArrayList<>(Files.readAllLines(adoc));
                sortCanvasLists(lines);
                Files.writeString(adoc, String.join("\n", lines) + "\n");
            }
        }
    }

    /**
     * Canvas cells list items as "|* `a`" then "* `b`"... in set order: sorted too. An item may go on over
     * several lines (a Javadoc paragraph after "+"); the cell ends at the next line starting with "|".
     */
    private static void sortCanvasLists(List<String> lines) {
        for (int start = 0; start < lines.size(); start++) {
            if (!lines.get(start).startsWith("|* `")) {
                continue;
            }
            int end = start + 1;
            while (end < lines.size() && !lines.get(end).startsWith("|")) {
                end++;
            }
            List<List<String>> items = new ArrayList<>();
            for (int i = start; i < end; i++) {
                String line = i == start ? lines.get(i).substring(1) : lines.get(i);
                if (line.startsWith("* `") || items.isEmpty()) {
                    items.add(new ArrayList<>());
                }
                items.get(items.size() - 1).add(line);
            }
            items.sort(java.util.Comparator.comparing(item -> item.get(0)));
            List<String> sorted = items.stream().flatMap(List::stream).collect(java.util.stream.Collectors.toList());
            sorted.set(0, "|" + sorted.get(0));
            for (int i = start; i < end; i++) {
                lines.set(i, sorted.get(i - start));
            }
            start = end - 1;
        }
    }

    private static void sortRuns(List<String> lines, String prefix) {
        int start = 0;
        while (start < lines.size()) {
            int end = start;
            while (end < lines.size() && lines.get(end).startsWith(prefix)) {
                end++;
            }
            if (end > start) {
                Collections.sort(lines.subList(start, end));
                start = end;
            } else {
                start++;
            }
        }
    }
}
