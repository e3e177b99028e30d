package pe.integrity.register.entity;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import pe.integrity.shared.Display;

/**
 * Words and dates as registers print them: Spanish (Peru) labels from the message bundles and Lima time.
 * Registers are official Spanish documents whatever language the person who asks for one uses.
 */
@Component
public class RegisterText {

    public static final Locale SPANISH = Locale.forLanguageTag("es-PE");
    static final ZoneId LIMA = Display.ZONE;

    private final MessageSource messages;

    RegisterText(MessageSource messages) {
        this.messages = messages;
    }

    public String label(String key, Object... args) {
        return messages.getMessage(key, args, key, SPANISH);
    }

    /** The label of an enum value under a key prefix, e.g. {@code category.} + {@code CORRUPTION_ACT}; "" for null. */
    public String label(String prefix, Enum<?> value) {
        return value == null ? "" : label(prefix + value.name());
    }

    static String date(LocalDate date) {
        return Display.date(date);
    }

    public static String date(Instant at) {
        return Display.date(at);
    }

    public static String dateTime(Instant at) {
        return Display.dateTime(at);
    }

    /** A printed date back as a date, for workbook cells that sort and filter; other text as it is. */
    public static Object dateValue(String printed) {
        return Display.parse(printed);
    }

    static String orEmpty(String text) {
        return text == null ? "" : text;
    }
}
