package pe.integrity.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * No Docker engine runs where the tests run, so docker-compose.yml and the Dockerfile are checked by reading
 * them against what the application really reads: application.yml with application-postgres.yml on top, and
 * pom.xml. A renamed service, a forgotten variable or a wrong port fails here instead of at someone's
 * first {@code docker compose up}.
 */
class DockerComposeTest {

    static final String POSTGRES_PROFILE = "postgres";
    /** PostgreSQL's own default port, used when the postgres service sets no PGPORT. */
    static final int POSTGRES_DEFAULT_PORT = 5432;
    /** Mailpit's default SMTP and web ports, used when the service does not rebind them. */
    static final int MAILPIT_DEFAULT_SMTP_PORT = 1025;
    static final int MAILPIT_DEFAULT_UI_PORT = 8025;

    /** Environment names the app may set without a placeholder: Spring's relaxed binding and the JVM. */
    static final Pattern BOUND_WITHOUT_PLACEHOLDER =
            Pattern.compile("(SPRING|SERVER|MANAGEMENT|LOGGING|CAMUNDA|JAVA|JDK_JAVA)_[A-Z0-9_]+");

    final ComposeFile compose = ComposeFile.read(Path.of("docker-compose.yml"));
    final AppConfig config = AppConfig.read(
            Path.of("src/main/resources/application.yml"),
            Path.of("src/main/resources/application-" + POSTGRES_PROFILE + ".yml"));
    final PomFile pom = PomFile.read(Path.of("pom.xml"));

    final ComposeFile.Service app = compose.service("app");
    final ComposeFile.Service postgres = compose.service("postgres");
    final ComposeFile.Service mailpit = compose.service("mailpit");

    @Test
    void definesTheDatabaseTheApplicationAndTheMailCatcher() {
        assertThat(compose.serviceNames()).containsExactlyInAnyOrder("postgres", "app", "mailpit");
        assertThat(postgres.image()).startsWith("postgres:");
        assertThat(mailpit.image()).startsWith("axllent/mailpit");
        assertThat(app.buildContext()).as("the app is built from this repository").isEqualTo(".");
    }

    @Test
    void appRunsThePostgresProfile() {
        assertThat(app.env()).containsKey("SPRING_PROFILES_ACTIVE");
        assertThat(Arrays.stream(app.env().get("SPRING_PROFILES_ACTIVE").split(",")).map(String::strip))
                .contains(POSTGRES_PROFILE);
    }

    @Test
    void appSetsEveryVariableThePostgresProfileReadsWithoutDefault() {
        Map<String, String> required = config.environmentPlaceholdersWithoutDefault();
        assertThat(required).as("application-postgres.yml reads the database password from the environment")
                .isNotEmpty();
        required.forEach((variable, property) -> assertThat(app.env().get(variable))
                .as("service 'app' must set %s: %s reads it and has no default", variable, property)
                .isNotBlank());
    }

    @Test
    void appSetsOnlyVariablesTheApplicationReads() {
        Set<String> read = config.environmentPlaceholders().keySet();
        app.env().keySet().stream()
                .filter(name -> !BOUND_WITHOUT_PLACEHOLDER.matcher(name).matches())
                .forEach(name -> assertThat(read)
                        .as("service 'app' sets %s, but neither application.yml nor application-postgres.yml"
                                + " reads it (a typo?)", name)
                        .contains(name));
    }

    @Test
    void appReachesTheDatabaseServiceWithItsCredentials() {
        assertThat(app.env().get("DB_HOST")).as("DB_HOST names the postgres service").isEqualTo(postgres.name());
        // compared as written, so an override in .env reaches both sides or neither
        assertThat(app.env().get("DB_NAME")).as("app DB_NAME = postgres POSTGRES_DB")
                .isEqualTo(postgres.env().get("POSTGRES_DB"));
        assertThat(app.env().get("DB_USER")).as("app DB_USER = postgres POSTGRES_USER")
                .isEqualTo(postgres.env().get("POSTGRES_USER"));
        assertThat(app.env().get("DB_PASSWORD")).as("app DB_PASSWORD = postgres POSTGRES_PASSWORD")
                .isEqualTo(postgres.env().get("POSTGRES_PASSWORD"));
        int databasePort = Integer.parseInt(postgres.env().getOrDefault("PGPORT", "" + POSTGRES_DEFAULT_PORT));
        assertThat(config.effectiveInt("DB_PORT", app.env())).as("DB_PORT the app uses").isEqualTo(databasePort);
    }

    @Test
    void appStartsOnlyOnceTheDatabaseIsHealthy() {
        assertThat(app.dependsOn()).containsEntry(postgres.name(), "service_healthy");
        assertThat(postgres.healthcheckTest()).as("postgres healthcheck").isNotEmpty();
        assertThat(postgres.volumeFor("/var/lib/postgresql/data"))
                .as("the database survives `docker compose down`: a named volume")
                .isPresent()
                .get()
                .isIn(compose.namedVolumes());
    }

    @Test
    void databaseIsTheMajorVersionTheTestsRunOn() {
        String testsMajor = pom.property("zonky-binaries.version").split("\\.")[0];
        assertThat(testsMajor).isEqualTo("17");
        Matcher tag = Pattern.compile("postgres:(\\d+)").matcher(postgres.image());
        assertThat(tag.lookingAt()).as("postgres image pins a major version: %s", postgres.image()).isTrue();
        assertThat(tag.group(1)).as("PostgreSQL major of docker-compose.yml = the tests' (pom.xml)")
                .isEqualTo(testsMajor);
    }

    @Test
    void appPublishesTheServerPort() {
        int serverPort = config.effectiveInt("PORT", app.env(), "server.port");
        assertThat(app.containerPorts()).as("container ports of 'app'").contains(serverPort);
        assertThat(Dockerfile.read(Path.of("Dockerfile")).exposedPorts()).contains(serverPort);
    }

    @Test
    void appSendsMailToMailpitsSmtpPort() {
        assertThat(app.env().get("MAIL_HOST")).as("MAIL_HOST names the mailpit service").isEqualTo(mailpit.name());
        int smtpPort = mailpit.boundPort("MP_SMTP_BIND_ADDR", MAILPIT_DEFAULT_SMTP_PORT);
        assertThat(config.effectiveInt("MAIL_PORT", app.env())).as("MAIL_PORT = Mailpit's SMTP port")
                .isEqualTo(smtpPort);
        assertThat(mailpit.containerPorts())
                .contains(smtpPort)
                .contains(mailpit.boundPort("MP_UI_BIND_ADDR", MAILPIT_DEFAULT_UI_PORT));
    }

    @Test
    void dockerfileBuildsWithTheWrapperOnTheProjectsJavaAndRunsAsNonRoot() throws IOException {
        Dockerfile dockerfile = Dockerfile.read(Path.of("Dockerfile"));
        String java = pom.property("java.version");
        assertThat(dockerfile.baseImages()).first().isEqualTo("eclipse-temurin:" + java + "-jdk");
        assertThat(dockerfile.baseImages()).last().isEqualTo("eclipse-temurin:" + java + "-jre");
        assertThat(dockerfile.text()).contains("./mvnw -B -DskipTests package");
        assertThat(dockerfile.lastUser()).as("USER of the runtime stage").isNotBlank().isNotIn("root", "0");
        // every source of the build (pom's resource folders included) must reach the build stage
        Set<String> ignored = Set.copyOf(Files.readAllLines(Path.of(".dockerignore")));
        for (String folder : pom.resourceDirectories()) {
            assertThat(dockerfile.copiedSources()).as("Dockerfile copies resource folder %s", folder)
                    .contains(folder + "/");
            assertThat(ignored).as(".dockerignore must not exclude %s", folder)
                    .doesNotContain(folder, folder + "/");
        }
        dockerfile.copiedSources().forEach(source -> assertThat(Path.of(source)).exists());
    }

    /**
     * The image runs the packaged jar, whose configuration is YAML: SnakeYAML must stay on the runtime
     * classpath. Declared test-scoped, it vanished from the jar and from {@code spring-boot:run}, while every
     * test still passed (tests see test-scoped jars).
     */
    @Test
    void packagedApplicationCanReadItsYamlConfiguration() {
        // snakeyaml reaches the jar through spring-boot-starter (compile scope); nothing may exclude it or
        // declare it for tests only
        assertThat(pom.text()).contains("<artifactId>spring-boot-starter-web</artifactId>");
        assertThat(pom.text()).as("pom.xml must not exclude snakeyaml")
                .doesNotContainPattern("(?s)<exclusion>\\s*<groupId>org\\.yaml</groupId>");
        Matcher snakeyaml = Pattern.compile("(?s)<dependency>\\s*<groupId>org\\.yaml</groupId>.*?</dependency>")
                .matcher(pom.text());
        while (snakeyaml.find()) {
            assertThat(snakeyaml.group()).as("pom.xml must not limit snakeyaml to tests").doesNotContain("<scope>test</scope>");
        }
        // and the class that reads application.yml is really there, outside the test classes
        assertThat(org.yaml.snakeyaml.Yaml.class.getProtectionDomain().getCodeSource().getLocation().toString())
                .contains("snakeyaml");
    }

    /** docker-compose.yml, parsed as YAML; environment in map or list form. */
    record ComposeFile(Map<String, Object> root) {

        static ComposeFile read(Path file) {
            return new ComposeFile(Yaml.load(file));
        }

        Set<String> serviceNames() {
            return Yaml.map(root.get("services")).keySet();
        }

        Service service(String name) {
            Map<String, Object> services = Yaml.map(root.get("services"));
            assertThat(services).as("services of docker-compose.yml").containsKey(name);
            return new Service(name, Yaml.map(services.get(name)));
        }

        Set<String> namedVolumes() {
            return Yaml.map(root.get("volumes")).keySet();
        }

        record Service(String name, Map<String, Object> definition) {

            String image() {
                return String.valueOf(definition.get("image"));
            }

            Object buildContext() {
                Object build = definition.get("build");
                return build instanceof Map<?, ?> map ? map.get("context") : build;
            }

            Map<String, String> env() {
                Object env = definition.get("environment");
                Map<String, String> result = new LinkedHashMap<>();
                if (env instanceof Map<?, ?> map) {
                    map.forEach((k, v) -> result.put(String.valueOf(k), v == null ? "" : String.valueOf(v)));
                } else if (env instanceof List<?> list) {
                    list.forEach(item -> {
                        String[] kv = String.valueOf(item).split("=", 2);
                        result.put(kv[0], kv.length > 1 ? kv[1] : "");
                    });
                }
                return result;
            }

            Map<String, String> dependsOn() {
                Object deps = definition.get("depends_on");
                if (deps instanceof List<?> list) {
                    return list.stream().collect(Collectors.toMap(String::valueOf, d -> "service_started"));
                }
                Map<String, String> result = new TreeMap<>();
                Yaml.map(deps).forEach((k, v) -> result.put(k, String.valueOf(Yaml.map(v).get("condition"))));
                return result;
            }

            List<?> healthcheckTest() {
                Object test = Yaml.map(definition.get("healthcheck")).get("test");
                return test instanceof List<?> list ? list : test == null ? List.of() : List.of(test);
            }

            /** Ports inside the container, from short ("8080:8080", "127.0.0.1:80:8080") or long syntax. */
            List<Integer> containerPorts() {
                return Yaml.list(definition.get("ports")).stream()
                        .map(p -> p instanceof Map<?, ?> m ? String.valueOf(m.get("target")) : String.valueOf(p))
                        .map(p -> p.substring(p.lastIndexOf(':') + 1).replaceAll("/.*", ""))
                        .map(Integer::valueOf)
                        .toList();
            }

            Optional<String> volumeFor(String containerPath) {
                return Yaml.list(definition.get("volumes")).stream()
                        .map(String::valueOf)
                        .filter(v -> v.endsWith(":" + containerPath))
                        .map(v -> v.substring(0, v.indexOf(':')))
                        .findFirst();
            }

            /** The port of a Mailpit-style "host:port" bind address variable, or the default. */
            int boundPort(String variable, int defaultPort) {
                String bind = env().get(variable);
                return bind == null ? defaultPort : Integer.parseInt(bind.substring(bind.lastIndexOf(':') + 1));
            }
        }
    }

    /**
     * The configuration the postgres profile runs with: application.yml with application-postgres.yml on top,
     * flattened to property names, and the environment placeholders in it.
     */
    record AppConfig(Map<String, String> properties) {

        /** {@code ${NAME}} or {@code ${NAME:default}}; upper-case names are environment variables. */
        static final Pattern PLACEHOLDER = Pattern.compile("\\$\\{([A-Za-z0-9_.\\-]+)(:([^}]*))?}");
        static final Pattern ENVIRONMENT_NAME = Pattern.compile("[A-Z][A-Z0-9_]*");

        static AppConfig read(Path base, Path profile) {
            Map<String, String> properties = new TreeMap<>();
            Yaml.flatten("", Yaml.load(base), properties);
            Yaml.flatten("", Yaml.load(profile), properties);
            return new AppConfig(properties);
        }

        /** Environment variable → the property that reads it, for all placeholders. */
        Map<String, String> environmentPlaceholders() {
            return placeholders(false);
        }

        Map<String, String> environmentPlaceholdersWithoutDefault() {
            return placeholders(true);
        }

        private Map<String, String> placeholders(boolean withoutDefaultOnly) {
            Map<String, String> result = new TreeMap<>();
            properties.forEach((property, value) -> {
                Matcher m = PLACEHOLDER.matcher(value);
                while (m.find()) {
                    if (ENVIRONMENT_NAME.matcher(m.group(1)).matches() && (!withoutDefaultOnly || m.group(2) == null)) {
                        result.put(m.group(1), property);
                    }
                }
            });
            return result;
        }

        /** The value a variable takes in the container: set by the service, else the placeholder's default. */
        int effectiveInt(String variable, Map<String, String> environment) {
            return effectiveInt(variable, environment, environmentPlaceholders().get(variable));
        }

        int effectiveInt(String variable, Map<String, String> environment, String property) {
            assertThat(property).as("a property reads %s", variable).isNotNull();
            if (environment.containsKey(variable)) {
                return Integer.parseInt(environment.get(variable));
            }
            Matcher m = Pattern.compile("\\$\\{" + variable + ":(\\d+)}").matcher(properties.get(property));
            assertThat(m.find()).as("%s has a numeric default for %s", property, variable).isTrue();
            return Integer.parseInt(m.group(1));
        }
    }

    /** The few facts the compose file must agree with, read from pom.xml. */
    record PomFile(String text) {

        static PomFile read(Path file) {
            try {
                return new PomFile(Files.readString(file));
            } catch (IOException e) {
                throw new IllegalStateException(e);
            }
        }

        String property(String name) {
            Matcher m = Pattern.compile("<" + Pattern.quote(name) + ">([^<]+)</").matcher(text);
            assertThat(m.find()).as("pom.xml property %s", name).isTrue();
            return m.group(1).strip();
        }

        List<String> resourceDirectories() {
            Matcher resources = Pattern.compile("(?s)<resources>(.*?)</resources>").matcher(text);
            assertThat(resources.find()).as("pom.xml declares its resources").isTrue();
            return Pattern.compile("<directory>([^<]+)</directory>")
                    .matcher(resources.group(1))
                    .results()
                    .map(r -> r.group(1).strip().replaceAll("/$", ""))
                    .map(dir -> dir.contains("/") ? dir.substring(0, dir.indexOf('/')) : dir)
                    .distinct()
                    .toList();
        }
    }

    /** A Dockerfile read line by line: stages, COPY sources, USER and EXPOSE. */
    record Dockerfile(String text, List<String[]> instructions) {

        static Dockerfile read(Path file) {
            try {
                String text = Files.readString(file);
                List<String[]> instructions = text.replace("\\\n", " ").lines()
                        .map(String::strip)
                        .filter(l -> !l.isEmpty() && !l.startsWith("#"))
                        .map(l -> l.split("\\s+"))
                        .toList();
                return new Dockerfile(text, instructions);
            } catch (IOException e) {
                throw new IllegalStateException(e);
            }
        }

        private List<String[]> named(String instruction) {
            return instructions.stream().filter(i -> i[0].equalsIgnoreCase(instruction)).toList();
        }

        List<String> baseImages() {
            return named("FROM").stream().map(i -> i[1]).toList();
        }

        String lastUser() {
            List<String[]> users = named("USER");
            return users.isEmpty() ? "" : users.get(users.size() - 1)[1];
        }

        List<Integer> exposedPorts() {
            return named("EXPOSE").stream()
                    .flatMap(i -> Arrays.stream(i, 1, i.length))
                    .map(p -> Integer.valueOf(p.replaceAll("/.*", "")))
                    .toList();
        }

        /** Sources copied from the build context, not from another stage. */
        List<String> copiedSources() {
            return named("COPY").stream()
                    .filter(i -> Arrays.stream(i).noneMatch(a -> a.startsWith("--from")))
                    .map(i -> Arrays.stream(i, 1, i.length).filter(a -> !a.startsWith("--")).toList())
                    .flatMap(args -> args.subList(0, args.size() - 1).stream())
                    .toList();
        }
    }

    /** SnakeYAML access with the casts in one place. */
    static final class Yaml {

        private Yaml() {}

        static Map<String, Object> load(Path file) {
            try {
                Map<String, Object> root = new org.yaml.snakeyaml.Yaml().load(Files.readString(file));
                assertThat(root).as("%s is a YAML mapping", file).isNotNull();
                return root;
            } catch (IOException e) {
                throw new IllegalStateException("cannot read " + file, e);
            }
        }

        @SuppressWarnings("unchecked")
        static Map<String, Object> map(Object node) {
            return node instanceof Map<?, ?> ? (Map<String, Object>) node : Map.of();
        }

        static List<?> list(Object node) {
            return node instanceof List<?> list ? list : List.of();
        }

        static void flatten(String prefix, Object node, Map<String, String> into) {
            if (node instanceof Map<?, ?> map) {
                map.forEach((k, v) -> flatten(prefix.isEmpty() ? String.valueOf(k) : prefix + "." + k, v, into));
            } else if (node instanceof List<?> list) {
                for (int i = 0; i < list.size(); i++) {
                    flatten(prefix + "[" + i + "]", list.get(i), into);
                }
            } else {
                into.put(prefix, node == null ? "" : String.valueOf(node));
            }
        }
    }
}
