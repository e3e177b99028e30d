package pe.integrity.register;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * Words and dates as registers print them: Spanish (Peru) labels from the message bundles and Lima time.
 * Registers are official Spanish documents whatever language the person who asks for one uses.
 */
@Component
class RegisterText {

    static final Locale SPANISH = Locale.forLanguageTag("es-PE");
    static final ZoneId LIMA = ZoneId.of("America/Lima");
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy");
    private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm");

    private final MessageSource messages;

    RegisterText(MessageSource messages) {
        this.messages = messages;
    }

    String label(String key, Object... args) {
        return messages.getMessage(key, args, key, SPANISH);
    }

    /** The label of an enum value under a key prefix, e.g. {@code category.} + {@code CORRUPTION_ACT}; "" for null. */
    String label(String prefix, Enum<?> value) {
        return value == null ? "" : label(prefix + value.name());
    }

    static String date(LocalDate date) {
        return date == null ? "" : DATE.format(date);
    }

    static String date(Instant at) {
        return at == null ? "" : DATE.format(at.atZone(LIMA));
    }

    static String dateTime(Instant at) {
        return at == null ? "" : DATE_TIME.format(at.atZone(LIMA));
    }

    /**
     * A date or date-time as {@link #date} or {@link #dateTime} printed it, back as a value, so a workbook holds
     * real dates that sort and filter; any other text stays as it is.
     */
    static Object dateValue(String printed) {
        if (printed == null || printed.isBlank()) {
            return "";
        }
        try {
            return LocalDateTime.parse(printed, DATE_TIME);
        } catch (DateTimeParseException notDateTime) {
            try {
                return LocalDate.parse(printed, DATE);
            } catch (DateTimeParseException notDate) {
                return printed;
            }
        }
    }

    static String orEmpty(String text) {
        return text == null ? "" : text;
    }
}
