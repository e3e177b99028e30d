package pe.integrity.support;

import java.util.List;
import java.util.Map;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.annotation.AnnotatedElementUtils;
import org.springframework.core.env.MapPropertySource;
import org.springframework.test.context.ContextConfigurationAttributes;
import org.springframework.test.context.ContextCustomizer;
import org.springframework.test.context.ContextCustomizerFactory;
import org.springframework.test.context.MergedContextConfiguration;

/**
 * Points every Spring test context at a fresh database on the JVM's embedded PostgreSQL 17, unless the
 * test class is annotated {@link DefaultEmbeddedDatabase}. Registered in META-INF/spring.factories.
 */
public class EmbeddedPostgresContextCustomizerFactory implements ContextCustomizerFactory {

    @Override
    public ContextCustomizer createContextCustomizer(
            Class<?> testClass, List<ContextConfigurationAttributes> configAttributes) {
        if (AnnotatedElementUtils.hasAnnotation(testClass, DefaultEmbeddedDatabase.class)) {
            return null;
        }
        return new PostgresCustomizer();
    }

    /** All instances are equal, so Spring's context cache still shares contexts between test classes. */
    static final class PostgresCustomizer implements ContextCustomizer {

        @Override
        public void customizeContext(ConfigurableApplicationContext context, MergedContextConfiguration config) {
            String url = EmbeddedPostgresServer.newDatabase();
            context.getEnvironment()
                    .getPropertySources()
                    .addFirst(new MapPropertySource(
                            "embeddedPostgres",
                            Map.of(
                                    "spring.datasource.url", url,
                                    "spring.datasource.username", "postgres",
                                    "spring.datasource.password", "postgres")));
            EmbeddedPostgresServer.register(context);
        }

        @Override
        public boolean equals(Object other) {
            return other instanceof PostgresCustomizer;
        }

        @Override
        public int hashCode() {
            return PostgresCustomizer.class.hashCode();
        }
    }
}
