package pe.integrity.shared;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.temporal.TemporalAccessor;

/**
 * The one way dates and times are shown, on screens and in documents: Lima time (Peru has one time zone and
 * no daylight saving), day first. Stored instants are UTC; they become Lima time only here.
 */
public final class Display {

    /** The zone of every date and time a person reads. */
    public static final ZoneId ZONE = ZoneId.of("America/Lima");

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy");
    private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm");

    private Display() {}

    /** "01/12/2026" of a date, time or instant (also a {@link java.util.Date}); "" for null. */
    public static String date(Object value) {
        return value == null ? "" : DATE.format(inLima(value));
    }

    /** "01/12/2026 13:42"; "" for null. */
    public static String dateTime(Object value) {
        return value == null ? "" : DATE_TIME.format(inLima(value));
    }

    /**
     * What {@link #date} or {@link #dateTime} printed, back as a value (a workbook then holds real dates that sort
     * and filter); any other text comes back as it is, "" for null.
     */
    public static Object parse(String printed) {
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

    /**
     * Instants and zoned values are moved to Lima; local values (a due date, a wall-clock time already in
     * Lima) are shown as they are.
     */
    private static TemporalAccessor inLima(Object value) {
        if (value instanceof Instant i) {
            return i.atZone(ZONE);
        }
        if (value instanceof ZonedDateTime z) {
            return z.withZoneSameInstant(ZONE);
        }
        if (value instanceof OffsetDateTime o) {
            return o.atZoneSameInstant(ZONE);
        }
        if (value instanceof java.util.Date d) {
            return d.toInstant().atZone(ZONE);
        }
        if (value instanceof TemporalAccessor t) {
            return t;
        }
        throw new IllegalArgumentException("not a date: " + value.getClass().getName());
    }
}
