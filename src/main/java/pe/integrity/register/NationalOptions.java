package pe.integrity.register;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/** Values offered by the national register's filter selects; a submitted value must be one of them. */
@Component
class NationalOptions {

    /** The first period the guide applies to (RSIP 001-2023-PCM/SIP). */
    static final int FIRST_PERIOD = 2023;

    private final JdbcTemplate jdbc;
    private final Clock clock;

    NationalOptions(JdbcTemplate jdbc, Clock clock) {
        this.jdbc = jdbc;
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

    List<String> sectors() {
        return jdbc.queryForList("SELECT DISTINCT sector FROM public_entity ORDER BY sector", String.class);
    }

    List<String> departments() {
        return jdbc.queryForList("SELECT DISTINCT department FROM public_entity ORDER BY department", String.class);
    }
}
