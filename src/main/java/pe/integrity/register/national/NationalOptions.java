package pe.integrity.register.national;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import pe.integrity.assessment.AssessmentStage;
import pe.integrity.organisation.EntityType;

/** Values offered by the national register's filter selects; a submitted value must be one of them. */
@Component
public class NationalOptions {

    /** The first period the guide applies to (RSIP 001-2023-PCM/SIP). */
    static final int FIRST_PERIOD = 2023;

    private final JdbcTemplate jdbc;
    private final NationalVocabularies vocabularies;
    private final MessageSource messages;
    private final Clock clock;

    NationalOptions(JdbcTemplate jdbc, NationalVocabularies vocabularies, MessageSource messages, Clock clock) {
        this.jdbc = jdbc;
        this.vocabularies = vocabularies;
        this.messages = messages;
        this.clock = clock;
    }

    /** From next year back to the first period of the guide. */
    List<Integer> periods() {
        List<Integer> years = new ArrayList<>();
        for (int y = LocalDate.now(clock).getYear() + 1; y >= FIRST_PERIOD; y--) {
            years.add(y);
        }
        return years;
    }

    /** The optional filters after the period, in the form's order. */
    List<FilterChoice> filters(Locale locale) {
        return List.of(
                new FilterChoice("sector", "national.filter.sector", same(distinct("sector"))),
                new FilterChoice("department", "national.filter.department", same(distinct("department"))),
                new FilterChoice("entityType", "national.filter.entityType",
                        labelled(EntityType.values(), "entityType.", locale)),
                new FilterChoice("residualLevel", "national.filter.level", vocabularies.levelOptions(locale)),
                new FilterChoice("stage", "national.filter.stage",
                        labelled(AssessmentStage.values(), "stage.", locale)));
    }

    private List<String> distinct(String column) {
        return jdbc.queryForList("SELECT DISTINCT " + column + " FROM public_entity ORDER BY " + column, String.class);
    }

    private static Map<String, String> same(List<String> values) {
        return ordered(values, Function.identity());
    }

    /** An enum's names, each labelled by its message (prefix + name). */
    private Map<String, String> labelled(Enum<?>[] values, String prefix, Locale locale) {
        return ordered(List.of(values), v -> messages.getMessage(prefix + v.name(), null, v.name(), locale));
    }

    private static <T> Map<String, String> ordered(List<T> values, Function<T, String> label) {
        Map<String, String> options = new LinkedHashMap<>();
        values.forEach(v -> options.put(v instanceof Enum<?> e ? e.name() : v.toString(), label.apply(v)));
        return options;
    }
}
