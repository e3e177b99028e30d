package pe.integrity.web;

import java.nio.file.Path;
import java.util.Map;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.env.EnvironmentPostProcessor;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;

/**
 * Makes {@code app.data-dir} absolute before anything uses it. H2 refuses a file URL with an implicitly
 * relative path ({@code --app.data-dir=target/run-data} would fail with error 90011), while people naturally
 * pass one. Registered in META-INF/spring.factories.
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
