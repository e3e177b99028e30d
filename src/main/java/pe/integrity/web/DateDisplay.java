package pe.integrity.web;

import org.springframework.stereotype.Component;
import pe.integrity.shared.Display;

/**
 * Dates for templates, as {@code ${@dates.dateTime(x)}}: every page prints instants in Lima time through
 * {@link Display}, never in the server's zone ({@code #temporals} would use the JVM's).
 */
@Component("dates")
public class DateDisplay {

    public String date(Object value) {
        return Display.date(value);
    }

    public String dateTime(Object value) {
        return Display.dateTime(value);
    }
}
