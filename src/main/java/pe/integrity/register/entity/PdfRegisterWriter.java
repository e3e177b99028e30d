package pe.integrity.register.entity;

import java.io.IOException;
import java.io.OutputStream;
import java.net.URL;
import java.util.Map;
import java.util.regex.Pattern;
import org.springframework.stereotype.Component;
import org.thymeleaf.TemplateEngine;
import org.thymeleaf.context.Context;
import org.thymeleaf.spring6.SpringTemplateEngine;
import org.thymeleaf.templatemode.TemplateMode;
import org.thymeleaf.templateresolver.ClassLoaderTemplateResolver;
import org.xhtmlrenderer.pdf.ITextRenderer;
import pe.integrity.register.archive.Stamp;

/**
 * The entity register as PDF: Thymeleaf fills {@code templates/registro-entidad.xhtml} in XML mode (every value
 * escaped) and Flying Saucer renders the XHTML and its CSS on OpenPDF. A separate template engine from the
 * web one, so screens and documents never share resolvers or caches.
 */
@Component
public class PdfRegisterWriter {

    static final String TEMPLATE = "registro-entidad";
    public static final String TEMPLATES = "register-templates/";
    /** Characters XML 1.0 forbids: user text with them (e.g. pasted control characters) would break parsing. */
    private static final Pattern NOT_XML = Pattern.compile("[^\\x09\\x0A\\x0D\\x20-\\uD7FF\\uE000-\\uFFFD\\x{10000}-\\x{10FFFF}]");

    private final TemplateEngine engine;
    private final String baseUrl;

    PdfRegisterWriter() {
        ClassLoaderTemplateResolver resolver = new ClassLoaderTemplateResolver();
        resolver.setPrefix(TEMPLATES);
        resolver.setSuffix(".xhtml");
        resolver.setTemplateMode(TemplateMode.XML);
        resolver.setCharacterEncoding("UTF-8");
        resolver.setCacheable(true);
        SpringTemplateEngine spring = new SpringTemplateEngine();
        spring.setTemplateResolver(resolver);
        this.engine = spring;
        URL template = getClass().getClassLoader().getResource(TEMPLATES + TEMPLATE + ".xhtml");
        if (template == null) {
            throw new IllegalStateException("register template missing: " + TEMPLATES + TEMPLATE + ".xhtml");
        }
        // relative links of the template (CSS, fonts) resolve next to it, in a checkout or inside the jar
        this.baseUrl = template.toExternalForm();
    }

    /** The filled XHTML, before rendering (tests and template authors look at it). */
    String xhtml(RegisterData data, Stamp stamp) {
        return xhtml(TEMPLATE, Map.of("d", data, "s", stamp));
    }

    private String xhtml(String template, Map<String, Object> variables) {
        Context context = new Context(RegisterText.SPANISH);
        context.setVariables(variables);
        return NOT_XML.matcher(engine.process(template, context)).replaceAll("");
    }

    public void write(RegisterData data, Stamp stamp, OutputStream out) throws IOException {
        render(xhtml(data, stamp), out);
    }

    /**
     * Another document of the same family (e.g. a follow-up cycle's report): {@code template} is the name of an
     * XHTML file next to the register's, filled with these variables.
     */
    public void write(String template, Map<String, Object> variables, OutputStream out) throws IOException {
        render(xhtml(template, variables), out);
    }

    private void render(String xhtml, OutputStream out) throws IOException {
        ITextRenderer renderer = new ITextRenderer();
        renderer.setDocumentFromString(xhtml, baseUrl);
        renderer.layout();
        renderer.createPDF(out);
        renderer.finishPDF();
    }
}
