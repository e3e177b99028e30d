package pe.integrity.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.config.YamlPropertiesFactoryBean;
import org.springframework.core.io.FileSystemResource;
import pe.integrity.organisation.EntityType;
import pe.integrity.organisation.Role;

/**
 * Spanish and English are complete: each bundle (messages and every i18n/module bundle) has the same keys in
 * both languages, every bundle is on spring.messages.basename, and every key a template asks for exists.
 * Reads the source files, so a missing translation fails the build before anyone sees "??key??".
 */
class MessageBundlesTest {

    static final Path RESOURCES = Path.of("src/main/resources");
    static final Path TEMPLATES = RESOURCES.resolve("templates");

    /** Base names of all bundles that exist: "messages", "i18n/catalog", ... */
    static Stream<String> bundles() throws IOException {
        List<String> names = new ArrayList<>(List.of("messages"));
        Path i18n = RESOURCES.resolve("i18n");
        if (Files.isDirectory(i18n)) {
            try (Stream<Path> files = Files.list(i18n)) {
                files.map(p -> p.getFileName().toString())
                        .filter(f -> f.endsWith(".properties"))
                        .map(f -> f.substring(0, f.length() - ".properties".length()))
                        .map(f -> f.endsWith("_en") ? f.substring(0, f.length() - 3) : f)
                        .distinct()
                        .sorted()
                        .forEach(f -> names.add("i18n/" + f));
            }
        }
        return names.stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("bundles")
    void spanishAndEnglishHaveTheSameKeys(String bundle) {
        Path spanish = RESOURCES.resolve(bundle + ".properties");
        Path english = RESOURCES.resolve(bundle + "_en.properties");
        assertThat(spanish).as("Spanish base bundle").exists();
        assertThat(english).as("English bundle").exists();

        Properties es = load(spanish);
        Properties en = load(english);
        assertThat(new TreeSet<>(en.stringPropertyNames()))
                .as("keys of %s_en vs %s", bundle, bundle)
                .isEqualTo(new TreeSet<>(es.stringPropertyNames()));
        for (Properties p : List.of(es, en)) {
            p.forEach((k, v) -> assertThat(v.toString()).as("value of %s in %s", k, bundle).isNotBlank());
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("bundles")
    void everyBundleIsOnTheMessageSourceBasename(String bundle) {
        assertThat(basenames()).contains(bundle);
    }

    @Test
    void everyKeyATemplateNamesExistsInBothLanguages() throws IOException {
        Properties es = new Properties();
        Properties en = new Properties();
        bundles().forEach(b -> {
            es.putAll(load(RESOURCES.resolve(b + ".properties")));
            en.putAll(load(RESOURCES.resolve(b + "_en.properties")));
        });

        Set<String> used = new TreeSet<>(keysInTemplates());
        for (Role role : Role.values()) {
            used.add("role." + role.name());
        }
        for (EntityType type : EntityType.values()) {
            used.add("entityType." + type.name());
        }
        assertThat(used).hasSizeGreaterThan(50);
        assertThat(used).allSatisfy(key -> {
            assertThat(es).as("Spanish").containsKey(key);
            assertThat(en).as("English").containsKey(key);
        });
    }

    /** Literal keys: #{home.title} and #{home.welcome(${x})}; computed keys are covered by the enum loops. */
    private static Set<String> keysInTemplates() throws IOException {
        Pattern key = Pattern.compile("#\\{([A-Za-z][A-Za-z0-9_.]*)");
        Set<String> keys = new TreeSet<>();
        try (Stream<Path> files = Files.walk(TEMPLATES)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".html")).toList()) {
                Matcher m = key.matcher(Files.readString(file, StandardCharsets.UTF_8));
                while (m.find()) {
                    keys.add(m.group(1));
                }
            }
        }
        return keys;
    }

    private static List<String> basenames() {
        YamlPropertiesFactoryBean yaml = new YamlPropertiesFactoryBean();
        yaml.setResources(new FileSystemResource(RESOURCES.resolve("application.yml")));
        String basename = yaml.getObject().getProperty("spring.messages.basename");
        return Arrays.stream(basename.split(",")).map(String::strip).toList();
    }

    private static Properties load(Path file) {
        Properties p = new Properties();
        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            p.load(reader);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return p;
    }
}
