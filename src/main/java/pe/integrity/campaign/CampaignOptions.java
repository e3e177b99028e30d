package pe.integrity.campaign;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import pe.integrity.assessment.Assessments;

/** What the campaign form offers: the periods an assessment may be opened for, and the active entities' values. */
@Component
class CampaignOptions {

    private final JdbcTemplate jdbc;
    private final Assessments assessments;
    private final Clock clock;

    CampaignOptions(JdbcTemplate jdbc, Assessments assessments, Clock clock) {
        this.jdbc = jdbc;
        this.assessments = assessments;
        this.clock = clock;
    }

    /** Newest first. */
    List<Integer> periods() {
        List<Integer> years = new ArrayList<>();
        for (int y = LocalDate.now(clock).getYear() + 1; assessments.isOpenablePeriod(y); y--) {
            years.add(y);
        }
        return years;
    }

    List<String> sectors() {
        return distinct("sector");
    }

    List<String> departments() {
        return distinct("department");
    }

    private List<String> distinct(String column) {
        return jdbc.queryForList("SELECT DISTINCT " + column + " FROM public_entity WHERE active ORDER BY " + column,
                String.class);
    }
}
