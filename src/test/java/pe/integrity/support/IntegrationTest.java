package pe.integrity.support;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;

/**
 * The whole application on PostgreSQL 17, with MockMvc and a real server on a random port (for what only a
 * servlet container does: error pages, Camunda's servlets and filters, gzip; see {@link Browser}). Every
 * integration test uses this one configuration so Spring's context cache starts the application once per
 * test JVM.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@AutoConfigureMockMvc
public @interface IntegrationTest {}
