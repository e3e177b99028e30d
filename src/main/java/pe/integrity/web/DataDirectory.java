package pe.integrity.web;

import java.nio.file.Path;
import java.util.Map;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.env.EnvironmentPostProcessor;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;

/**
 * Makes {@code app.data-dir} absolute before anything uses it, so the embedded PostgreSQL's data directory
 * (handed to {@code pg_ctl} as a child process), the register folder and the log lines all name one place,
 * while people naturally pass a relative one ({@code --app.data-dir=target/run-data}). Registered in
 * META-INF/spring.factories.
 */
public class DataDirectory implements EnvironmentPostProcessor {

    static final String PROPERTY = "app.data-dir";

    @Override
    public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
        String dir = environment.getProperty(PROPERTY);
        if (dir == null || dir.isBlank() || dir.startsWith("~") || Path.of(dir).isAbsolute()) {
            return;
        }
        String absolute = Path.of(dir).toAbsolutePath().normalize().toString();
        environment.getPropertySources().addFirst(new MapPropertySource("absoluteDataDir", Map.of(PROPERTY, absolute)));
    }
}
