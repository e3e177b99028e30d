package pe.integrity.support;

import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The test runs on the default run's own database (the embedded PostgreSQL that {@code ./mvnw spring-boot:run}
 * starts under its data directory), not on the test server's fresh database.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Inherited
public @interface DefaultEmbeddedDatabase {}
