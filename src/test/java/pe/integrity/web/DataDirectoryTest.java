package pe.integrity.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.boot.SpringApplication;
import org.springframework.core.env.MapPropertySource;
import org.springframework.core.env.StandardEnvironment;

/** A relative data directory becomes one absolute place for everything under it. */
class DataDirectoryTest {

    @Test
    void relativeDirectoriesBecomeAbsolute() {
        assertThat(resolved("target/run-data")).isEqualTo(Path.of("target/run-data").toAbsolutePath().toString());
        assertThat(resolved("./data")).isEqualTo(Path.of("data").toAbsolutePath().toString());
    }

    @Test
    void absoluteAndHomeDirectoriesStayAsGiven() {
        assertThat(resolved("/var/lib/integrity")).isEqualTo("/var/lib/integrity");
        assertThat(resolved("~/integrity")).isEqualTo("~/integrity");
    }

    @Test
    void placesUnderTheDataDirectorySeeTheAbsolutePath() {
        StandardEnvironment env = environment("target/run-data");
        env.getPropertySources().addLast(new MapPropertySource("yml", Map.of(
                "app.registers.dir", "${app.data-dir}/registers")));
        new DataDirectory().postProcessEnvironment(env, new SpringApplication());
        assertThat(env.getProperty("app.registers.dir"))
                .isEqualTo(Path.of("target/run-data").toAbsolutePath() + "/registers");
    }

    private static String resolved(String dir) {
        StandardEnvironment env = environment(dir);
        new DataDirectory().postProcessEnvironment(env, new SpringApplication());
        return env.getProperty("app.data-dir");
    }

    private static StandardEnvironment environment(String dir) {
        StandardEnvironment env = new StandardEnvironment();
        env.getPropertySources().addFirst(new MapPropertySource("args", Map.of("app.data-dir", dir)));
        return env;
    }
}
