package pe.integrity.workspace;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;
import pe.integrity.organisation.CurrentUser;
import pe.integrity.support.RenderedForm;

/** A person using the screens: GETs pages, POSTs forms with the CSRF token, follows redirects by hand. */
final class Screen {

    private final MockMvc mvc;

    Screen(MockMvc mvc) {
        this.mvc = mvc;
    }

    MvcResult get(CurrentUser who, String url) throws Exception {
        return mvc.perform(MockMvcRequestBuilders.get(url).with(user(who)))
                .andReturn();
    }

    int status(CurrentUser who, String url) throws Exception {
        return get(who, url).getResponse().getStatus();
    }

    /** A page the user may see (200), parsed. */
    Document page(CurrentUser who, String url) throws Exception {
        MvcResult r = get(who, url);
        assertThat(r.getResponse().getStatus()).as("GET " + url + " as " + who.username()).isEqualTo(200);
        return parse(r);
    }

    MvcResult post(CurrentUser who, String url, String... nameValues) throws Exception {
        MockHttpServletRequestBuilder request = MockMvcRequestBuilders.post(url).with(user(who)).with(csrf());
        for (int i = 0; i < nameValues.length; i += 2) {
            request.param(nameValues[i], nameValues[i + 1]);
        }
        return mvc.perform(request).andReturn();
    }

    /** Uploads an offline workbook with the form of "Trabajar sin conexión", as its file input sends it. */
    MvcResult uploadWorkbook(CurrentUser who, Long assessmentId, byte[] xlsx) throws Exception {
        return mvc.perform(MockMvcRequestBuilders.multipart("/assessments/" + assessmentId + "/workbook/uploads")
                        .file(new org.springframework.mock.web.MockMultipartFile("file", "matriz.xlsx",
                                "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", xlsx))
                        .with(user(who)).with(csrf()))
                .andReturn();
    }

    /**
     * Sends a form as the page rendered it, with some fields set (replacing same-named ones): a person filling
     * in a few fields and pressing the form's button.
     */
    MvcResult send(CurrentUser who, Element form, String... overrides) throws Exception {
        Map<String, String> given = new LinkedHashMap<>();
        for (int i = 0; i < overrides.length; i += 2) {
            given.put(overrides[i], overrides[i + 1]);
        }
        MockHttpServletRequestBuilder request = MockMvcRequestBuilders.post(form.attr("action")).with(user(who)).with(csrf());
        for (Map.Entry<String, String> f : RenderedForm.fields(form)) {
            if (!given.containsKey(f.getKey())) {
                request.param(f.getKey(), f.getValue());
            }
        }
        given.forEach(request::param);
        return mvc.perform(request).andReturn();
    }

    /** A POST that succeeds: answers with a redirect, whose target is returned. */
    String submit(CurrentUser who, String url, String... nameValues) throws Exception {
        MvcResult r = post(who, url, nameValues);
        assertThat(r.getResponse().getStatus())
                .as("POST " + url + " as " + who.username() + ": " + errors(r))
                .isEqualTo(302);
        return r.getResponse().getRedirectedUrl();
    }

    /** A POST refused by validation: the form again (200), parsed. */
    Document rejected(CurrentUser who, String url, String... nameValues) throws Exception {
        MvcResult r = post(who, url, nameValues);
        assertThat(r.getResponse().getStatus()).as("POST " + url + " as " + who.username()).isEqualTo(200);
        return parse(r);
    }

    static Document parse(MvcResult r) throws Exception {
        return Jsoup.parse(r.getResponse().getContentAsString(StandardCharsets.UTF_8));
    }

    /** The task id a page offers in its "Completar paso" (or decision) form posting to the given path. */
    static String taskId(Document page, String actionEnd) {
        Element form = page.select("form[action$=" + actionEnd + "]").stream()
                .filter(f -> !f.select("input[name=taskId]").isEmpty())
                .findFirst()
                .orElseThrow(() -> new AssertionError("no task form posting to " + actionEnd));
        return form.selectFirst("input[name=taskId]").val();
    }

    /** Texts of the error summary and field errors of a page. */
    static String errors(Document page) {
        return String.join(" | ", page.select(".error-summary li, p.error").eachText());
    }

    private static String errors(MvcResult r) {
        try {
            return r.getResponse().getStatus() == 200 ? errors(parse(r)) : "status " + r.getResponse().getStatus();
        } catch (Exception e) {
            return e.toString();
        }
    }

    static Long lastId(String url) {
        String[] parts = url.split("[/#?]");
        for (int i = parts.length - 1; i >= 0; i--) {
            if (parts[i].matches("\\d+")) {
                return Long.valueOf(parts[i]);
            }
        }
        throw new AssertionError("no id in " + url);
    }
}
