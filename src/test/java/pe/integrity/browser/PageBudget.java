package pe.integrity.browser;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.openqa.selenium.Cookie;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;

/**
 * What one page costs a user on a slow connection and a modest computer, measured in the browser that shows it:
 * the bytes transferred for the page and every asset it loads (compressed, as the server sends them), whether it
 * carries any script, and whether it is wider than the window (scrolls sideways).
 *
 * <p>The HTML's size is the browser's own navigation timing ({@code encodedBodySize}: the body as it came over
 * the wire). Assets are fetched once each with the browser's session and {@code Accept-Encoding: gzip}, since a
 * browser serves repeated stylesheets from its memory cache without a timing entry. A part that scrolls inside
 * itself (a wide table in an {@code overflow-x: auto} box) is not the page scrolling sideways.
 */
final class PageBudget {

    /** The budget: every page with all its assets. */
    static final long MAX_BYTES = 100 * 1024;

    private static final String MEASURE = """
            const nav = performance.getEntriesByType('navigation')[0];
            const assets = [...document.querySelectorAll(
                'link[rel~=stylesheet][href], link[rel~=icon][href], img[src], script[src], source[src], iframe[src], video[src]')]
                .map(e => e.href || e.src);
            const handlers = [...document.querySelectorAll('*')]
                .filter(e => [...e.attributes].some(a => a.name.startsWith('on'))).length;
            const jsLinks = document.querySelectorAll('a[href^="javascript:" i], form[action^="javascript:" i]').length;
            const width = document.documentElement.clientWidth;
            const scrolls = e => { for (let p = e.parentElement; p; p = p.parentElement) {
                const o = getComputedStyle(p).overflowX;
                if ((o === 'auto' || o === 'scroll' || o === 'hidden') && p.getBoundingClientRect().right <= width + 1) return true; }
                return false; };
            let wide = [...document.querySelectorAll('body *')]
                .filter(e => { const r = e.getBoundingClientRect(); return r.width > 0 && r.right > width + 1 && !scrolls(e); });
            if (wide.length === 0 && document.documentElement.scrollWidth > width) {
                // inside a scroller, yet the page is wider: name the widest elements anyway
                wide = [...document.querySelectorAll('body *')].sort((a, b) =>
                    b.getBoundingClientRect().right - a.getBoundingClientRect().right);
            }
            wide = wide.slice(0, 5)
                .map(e => e.tagName.toLowerCase() + (e.id ? '#' + e.id : '') + (e.className ? '.' + String(e.className).split(' ').join('.') : '')
                     + ' (' + Math.round(e.getBoundingClientRect().right) + ' px)');
            return {html: nav ? nav.encodedBodySize : -1, assets, scripts: document.scripts.length, handlers, jsLinks,
                    pageWidth: document.documentElement.scrollWidth, width, wide};
            """;

    private final Map<String, Long> assetBytes = new HashMap<>();
    private static final HttpClient HTTP = HttpClient.newHttpClient();

    /** One page's figures. */
    record Figures(String path, long htmlBytes, long assetBytes, long scripts, long handlers, long jsLinks,
            long pageWidth, long windowWidth, List<String> wideElements) {

        long totalBytes() {
            return htmlBytes + assetBytes;
        }

        /** What is wrong with this page, empty when nothing is. */
        List<String> problems() {
            List<String> p = new java.util.ArrayList<>();
            if (htmlBytes < 0) {
                p.add("no navigation timing");
            }
            if (totalBytes() > MAX_BYTES) {
                p.add(totalBytes() + " bytes > " + MAX_BYTES);
            }
            if (scripts + handlers + jsLinks > 0) {
                p.add(scripts + " scripts, " + handlers + " event-handler attributes, " + jsLinks + " javascript: links");
            }
            if (pageWidth > windowWidth) {
                p.add("scrolls sideways: " + pageWidth + " px in a " + windowWidth + " px window, " + wideElements);
            }
            return p;
        }
    }

    @SuppressWarnings("unchecked")
    Figures measure(WebDriver driver) {
        Map<String, Object> m = (Map<String, Object>) ((JavascriptExecutor) driver).executeScript(MEASURE);
        long assets = 0;
        for (Object url : (List<Object>) m.get("assets")) {
            assets += assetBytes.computeIfAbsent(String.valueOf(url), u -> fetch(driver, u));
        }
        return new Figures(URI.create(driver.getCurrentUrl()).getPath(), number(m, "html"), assets, number(m, "scripts"),
                number(m, "handlers"), number(m, "jsLinks"), number(m, "pageWidth"), number(m, "width"),
                ((List<Object>) m.get("wide")).stream().map(String::valueOf).toList());
    }

    private long fetch(WebDriver driver, String url) {
        return get(driver, url, "Accept-Encoding", "gzip").body().length;
    }

    /** A GET with the browser's session (headless Chrome keeps its downloads and timings of cached files out of reach). */
    static HttpResponse<byte[]> get(WebDriver driver, String url, String... headers) {
        Cookie session = driver.manage().getCookieNamed("SESSION");
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url));
        if (headers.length > 0) {
            request.headers(headers);
        }
        if (session != null) {
            request.header("Cookie", "SESSION=" + session.getValue());
        }
        try {
            return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static long number(Map<String, Object> m, String key) {
        return ((Number) m.get(key)).longValue();
    }
}
