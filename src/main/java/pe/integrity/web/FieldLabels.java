package pe.integrity.web;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * The visible label of a form field, for the error summary at the top of a form ({@code fragments/forms ::
 * errorSummary(labels)}), where {@code labels} is the message-key prefix of the form's labels.
 *
 * <p>A field's label is the message {@code <prefix>.<field>} (of an indexed path such as {@code
 * observations[2].text}, its last property), else that key without an {@code Id} or {@code Code} suffix
 * ({@code entityId} is labelled by {@code user.entity}). Where a form's label key does not follow that
 * convention, {@code field-labels.properties} names it: {@code <prefix>.<field>=<label key>}.
 */
@Component("fieldLabels")
public class FieldLabels {

    static final String EXCEPTIONS = "field-labels.properties";

    private final MessageSource messages;
    private final Properties exceptions = new Properties();

    FieldLabels(MessageSource messages) {
        this.messages = messages;
        try (InputStream in = FieldLabels.class.getClassLoader().getResourceAsStream(EXCEPTIONS)) {
            if (in != null) {
                exceptions.load(in);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The field's label in the locale, or null when none is known (the summary then shows the message alone). */
    public String label(String prefix, String field, Locale locale) {
        if (prefix == null || field == null) {
            return null;
        }
        for (String key : keys(prefix, field)) {
            String text = messages.getMessage(key, null, null, locale);
            if (text != null) {
                return text;
            }
        }
        return null;
    }

    /** The message keys tried for a field's label, in order. */
    List<String> keys(String prefix, String field) {
        String name = property(field);
        String named = exceptions.getProperty(prefix + "." + name);
        if (named != null) {
            return List.of(named.trim());
        }
        List<String> keys = new ArrayList<>();
        keys.add(prefix + "." + name);
        for (String suffix : List.of("Id", "Code")) {
            if (name.endsWith(suffix) && name.length() > suffix.length()) {
                keys.add(prefix + "." + name.substring(0, name.length() - suffix.length()));
            }
        }
        return keys;
    }

    /** The id th:field gives the field's element: the path without brackets ({@code observations2.text}). */
    public String anchor(String field) {
        return field.replace("[", "").replace("]", "");
    }

    /** The last property of a path, without its index: {@code observations[2].text} gives {@code text}. */
    static String property(String field) {
        String last = field.substring(field.lastIndexOf('.') + 1);
        int bracket = last.indexOf('[');
        return bracket < 0 ? last : last.substring(0, bracket);
    }

    /** Every label key named in field-labels.properties (for a test that each resolves in every language). */
    List<String> namedKeys() {
        return exceptions.values().stream().map(v -> v.toString().trim()).sorted().toList();
    }
}
