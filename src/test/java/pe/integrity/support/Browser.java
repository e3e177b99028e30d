package pe.integrity.support;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.CookieManager;
import java.net.CookiePolicy;
import java.net.HttpCookie;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.zip.GZIPInputStream;

/**
 * A minimal browser over real HTTP: keeps cookies (the session), does not follow redirects (tests assert
 * them), sends {@code Accept: text/html} like a browser so error pages come as HTML, and can ask for gzip to
 * measure what really travels over the wire.
 */
public final class Browser {

    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\"\\s+value=\"([^\"]+)\"");

    private final URI base;
    private final CookieManager cookies = new CookieManager(null, CookiePolicy.ACCEPT_ALL);
    private final HttpClient client;
    private final Map<String, String> headers = new LinkedHashMap<>();

    public Browser(int port) {
        this.base = URI.create("http://localhost:" + port);
        this.client = HttpClient.newBuilder()
                .cookieHandler(cookies)
                .followRedirects(HttpClient.Redirect.NEVER)
                .connectTimeout(Duration.ofSeconds(10))
                .build();
        headers.put("Accept", "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8");
    }

    /** Adds a header to every later request (e.g. {@code Accept-Encoding: gzip}). */
    public Browser header(String name, String value) {
        headers.put(name, value);
        return this;
    }

    /** Like the language cookie the application sets after {@code ?lang=en}. */
    public Browser languageCookie(String tag) {
        HttpCookie cookie = new HttpCookie("lang", tag);
        cookie.setPath("/");
        cookie.setVersion(0);
        cookies.getCookieStore().add(base, cookie);
        return this;
    }

    /** The value of a cookie this browser holds for the application, if any. */
    public Optional<String> cookie(String name) {
        return cookies.getCookieStore().get(base).stream()
                .filter(c -> c.getName().equals(name))
                .map(HttpCookie::getValue)
                .findFirst();
    }

    public Page get(String path) {
        return send(HttpRequest.newBuilder(base.resolve(path)).GET(), Map.of());
    }

    /** GET with HTTP Basic credentials (Camunda's REST API, actuator for a scraper). */
    public Page getWithBasic(String path, String username, String password) {
        String token = Base64.getEncoder().encodeToString((username + ":" + password).getBytes(StandardCharsets.UTF_8));
        return send(HttpRequest.newBuilder(base.resolve(path)).GET(), Map.of("Authorization", "Basic " + token));
    }

    /** POSTs a form as given (no token added: pass {@code _csrf} yourself, or use {@link #submit}). */
    public Page post(String path, Map<String, String> form) {
        String body = form.entrySet().stream()
                .map(e -> encode(e.getKey()) + "=" + encode(e.getValue()))
                .collect(Collectors.joining("&"));
        return send(
                HttpRequest.newBuilder(base.resolve(path)).POST(HttpRequest.BodyPublishers.ofString(body)),
                Map.of("Content-Type", "application/x-www-form-urlencoded"));
    }

    /**
     * POSTs a multipart form with one file, as a browser does for {@code enctype="multipart/form-data"}; the
     * path may carry a query (the upload forms put their CSRF token there).
     */
    public Page postFile(String path, Map<String, String> fields, String fileField, String filename, byte[] content) {
        String boundary = "----browser" + Long.toHexString(System.nanoTime());
        java.io.ByteArrayOutputStream body = new java.io.ByteArrayOutputStream();
        fields.forEach((name, value) -> body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\""
                + name + "\"\r\n\r\n" + value + "\r\n").getBytes(StandardCharsets.UTF_8)));
        body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + fileField + "\"; filename=\""
                + filename + "\"\r\nContent-Type: application/octet-stream\r\n\r\n").getBytes(StandardCharsets.UTF_8));
        body.writeBytes(content);
        body.writeBytes(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        return send(HttpRequest.newBuilder(base.resolve(path)).POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray())),
                Map.of("Content-Type", "multipart/form-data; boundary=" + boundary));
    }

    /** POSTs a form with this session's CSRF token, read from {@code tokenPage} like a browser would. */
    public Page submit(String tokenPage, String path, Map<String, String> form) {
        Map<String, String> withToken = new LinkedHashMap<>(form);
        withToken.put("_csrf", get(tokenPage).csrfToken());
        return post(path, withToken);
    }

    /** Signs in through the real login form. Returns the answer to the POST (a redirect). */
    public Page login(String username, String password) {
        return submit("/login", "/login", Map.of("username", username, "password", password));
    }

    /** Signs in and fails the test unless the login was accepted. */
    public Browser signedInAs(String username, String password) {
        Page answer = login(username, password);
        if (answer.status() != 302 || answer.location().contains("error")) {
            throw new AssertionError("login of " + username + " failed: " + answer.status() + " " + answer.location());
        }
        return this;
    }

    private Page send(HttpRequest.Builder request, Map<String, String> extra) {
        headers.forEach(request::header);
        extra.forEach(request::setHeader);
        request.timeout(Duration.ofSeconds(30));
        try {
            HttpResponse<byte[]> response = client.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
            return new Page(response.statusCode(), response.headers().map(), response.body());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static String encode(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }

    /** One response as received: {@link #transferredBytes()} is the body size on the wire (compressed if gzip). */
    public record Page(int status, Map<String, java.util.List<String>> headers, byte[] raw) {

        public Optional<String> header(String name) {
            return headers.entrySet().stream()
                    .filter(e -> e.getKey().equalsIgnoreCase(name))
                    .flatMap(e -> e.getValue().stream())
                    .findFirst();
        }

        public boolean gzipped() {
            return header("Content-Encoding").map("gzip"::equalsIgnoreCase).orElse(false);
        }

        public int transferredBytes() {
            return raw.length;
        }

        /** The body as text, decompressed when it came gzipped. */
        public String body() {
            if (!gzipped()) {
                return new String(raw, StandardCharsets.UTF_8);
            }
            try (GZIPInputStream in = new GZIPInputStream(new ByteArrayInputStream(raw))) {
                return new String(in.readAllBytes(), StandardCharsets.UTF_8);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        /** The redirect target's path and query (empty when not a redirect). */
        public String location() {
            return header("Location").map(l -> {
                URI uri = URI.create(l);
                return uri.getRawQuery() == null ? uri.getRawPath() : uri.getRawPath() + "?" + uri.getRawQuery();
            }).orElse("");
        }

        public String csrfToken() {
            Matcher m = CSRF.matcher(body());
            if (!m.find()) {
                throw new AssertionError("no CSRF token in page (status " + status + ")");
            }
            return m.group(1);
        }

        @Override
        public String toString() {
            return "Page[" + status + " " + location() + "]";
        }
    }
}
