package pe.integrity.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.core.env.MapPropertySource;
import org.springframework.core.env.StandardEnvironment;

/**
 * Registers print a verification address: production must not print the default run's localhost on a legal
 * record, so the postgres profile has no default for it and the application refuses to start without one.
 */
class ProductionBaseUrlTest {

    @Test
    void theProductionProfileRefusesToStartWithoutItsPublicAddress() {
        StandardEnvironment production = StructuredLoggingTest.configuration("postgres");
        assertThatThrownBy(() -> production.getProperty("app.base-url"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("APP_BASE_URL");
    }

    @Test
    void givenOneProductionUsesItAndTheDefaultRunKeepsLocalhost() {
        StandardEnvironment production = StructuredLoggingTest.configuration("postgres");
        production.getPropertySources().addFirst(
                new MapPropertySource("env", Map.of("APP_BASE_URL", "https://integridad.example.gob.pe")));
        assertThat(production.getProperty("app.base-url")).isEqualTo("https://integridad.example.gob.pe");
        assertThat(StructuredLoggingTest.configuration().getProperty("app.base-url")).isEqualTo("http://localhost:8080");
    }
}
