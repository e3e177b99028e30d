package pe.integrity.organisation;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.boot.test.web.server.LocalServerPort;
import pe.integrity.support.IntegrationTest;

/**
 * Path variants that probe Camunda's API past the security rules are refused by the firewall as a quiet 400.
 * Sent over a raw socket: an HTTP client library would normalise these paths before sending them.
 */
@IntegrationTest
class RejectedPathsTest {

    @LocalServerPort
    int port;

    @ParameterizedTest
    @ValueSource(strings = {
        "//engine-rest/task",
        "/engine-rest;x=y/task",
        "/%65ngine-rest/task",
        "/camunda;x=y/api/engine/engine/",
        "/engine-rest/%2e%2e/admin/users",
    })
    void probesOfTheEngineApiAreA400WithoutDetails(String path) throws IOException {
        String answer = rawGet(path);

        assertThat(answer).startsWith("HTTP/1.1 400");
        assertThat(answer).doesNotContain("Exception", "RequestRejected", "\tat ");
    }

    private String rawGet(String path) throws IOException {
        try (Socket socket = new Socket("localhost", port)) {
            socket.setSoTimeout(10_000);
            OutputStream out = socket.getOutputStream();
            out.write(("GET " + path + " HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n")
                    .getBytes(StandardCharsets.US_ASCII));
            out.flush();
            InputStream in = socket.getInputStream();
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
