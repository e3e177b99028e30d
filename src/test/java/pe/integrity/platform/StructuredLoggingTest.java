package pe.integrity.platform;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.spi.LoggingEvent;
import ch.qos.logback.classic.util.LogbackMDCAdapter;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.boot.DefaultBootstrapContext;
import org.springframework.boot.context.config.ConfigDataEnvironmentPostProcessor;
import org.springframework.boot.logging.logback.StructuredLogEncoder;
import org.springframework.core.env.Environment;
import org.springframework.core.env.MapPropertySource;
import org.springframework.core.env.StandardEnvironment;
import org.springframework.core.io.DefaultResourceLoader;

/**
 * Production (profile {@code postgres}) writes one ECS JSON object per console line, which log shippers
 * read without a parsing rule; the default run writes plain text for a person at a terminal. The
 * configuration is loaded the way Spring Boot loads it, and a log event goes through Boot's own encoder.
 */
class StructuredLoggingTest {

    static final String CONSOLE_FORMAT = "logging.structured.format.console";

    @Test
    void postgresProfileLogsEcsJsonNamingTheServiceAndNode() throws Exception {
        StandardEnvironment environment = configuration("postgres");
        // as Docker sets it: the container's host name, so two nodes' lines can be told apart
        environment.getPropertySources().addFirst(new MapPropertySource("container", Map.of("HOSTNAME", "node-a")));
        assertThat(environment.getProperty(CONSOLE_FORMAT)).as("console format of profile postgres").isNotBlank();

        JsonNode line = new ObjectMapper().readTree(encode(environment, "Sesión iniciada: conductor.miraflores"));

        assertThat(line.path("message").asText()).isEqualTo("Sesión iniciada: conductor.miraflores");
        assertThat(line.path("@timestamp").asText()).isNotBlank();
        assertThat(line.at("/log/level").asText()).isEqualTo("INFO");
        assertThat(line.at("/log/logger").asText()).isEqualTo("pe.integrity.Example");
        assertThat(line.at("/service/name").asText()).isEqualTo(environment.getProperty("spring.application.name"));
        assertThat(line.at("/service/node/name").asText()).isEqualTo("node-a");
        assertThat(line.at("/ecs/version").asText()).as("an Elastic Common Schema document").isNotBlank();
    }

    @Test
    void defaultRunLogsPlainText() {
        assertThat(configuration().containsProperty(CONSOLE_FORMAT))
                .as("no structured console format without a profile: Boot's readable pattern applies")
                .isFalse();
    }

    /** application.yml plus the given profiles' files, resolved by Spring Boot's own config loading. */
    static StandardEnvironment configuration(String... profiles) {
        StandardEnvironment environment = new StandardEnvironment();
        ConfigDataEnvironmentPostProcessor.applyTo(
                environment, new DefaultResourceLoader(), new DefaultBootstrapContext(), profiles);
        return environment;
    }

    private static String encode(Environment environment, String message) {
        LoggerContext context = new LoggerContext();
        context.setMDCAdapter(new LogbackMDCAdapter());
        context.putObject(Environment.class.getName(), environment);
        StructuredLogEncoder encoder = new StructuredLogEncoder();
        encoder.setContext(context);
        encoder.setFormat(environment.getProperty(CONSOLE_FORMAT));
        encoder.start();
        LoggingEvent event = new LoggingEvent(
                StructuredLoggingTest.class.getName(), context.getLogger("pe.integrity.Example"), Level.INFO, message,
                null, null);
        String line = new String(encoder.encode(event), StandardCharsets.UTF_8);
        encoder.stop();
        assertThat(line).as("one line per event").endsWith("\n").doesNotContain("\n{");
        return line;
    }
}
