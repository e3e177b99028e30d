package pe.integrity.browser;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.opentest4j.TestAbortedException;

/** A missing Chromium skips the browser tests on a developer's machine, but fails them under CI. */
class ChromiumRequirementTest {

    static final Path MISSING = Path.of("/nonexistent/chromium");

    @Test
    void missingBrowserFailsUnderCi() {
        assertThatThrownBy(() -> Chromium.require("true", MISSING))
                .isInstanceOf(AssertionError.class)
                .hasMessageContaining("apt-get install -y chromium chromium-driver")
                .hasMessageContaining("CI=true");
    }

    @Test
    void missingBrowserSkipsOutsideCi() {
        assertThatThrownBy(() -> Chromium.require(null, MISSING))
                .isInstanceOf(TestAbortedException.class)
                .hasMessageContaining("skipped outside CI");
    }

    @Test
    void presentBrowserPasses() {
        assertThatCode(() -> Chromium.require("true", Path.of("/bin/sh"))).doesNotThrowAnyException();
    }
}
