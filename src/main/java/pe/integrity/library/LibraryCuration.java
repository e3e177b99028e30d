package pe.integrity.library;

import java.sql.Timestamp;
import java.time.Clock;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import pe.integrity.organisation.CurrentUser;
import pe.integrity.organisation.Role;
import pe.integrity.shared.NotFoundException;

/**
 * What SIP's reviewers decide about the library: a measure of an approved register excluded (stays private) or
 * included again, marked as a good practice or unmarked; a whole approved register excluded or included. One
 * statement per decision (an upsert), with who decided and when. Only SIP's reviewers decide; auditors read.
 */
@Service
@Transactional
public class LibraryCuration {

    /** What SIP does with one measure. Excluding a measure unmarks it; marking it a good practice shares it. */
    public enum MeasureAction {
        EXCLUDE("excluded = true, good_practice = false", true, false),
        INCLUDE("excluded = false", false, false),
        MARK_GOOD_PRACTICE("excluded = false, good_practice = true", false, true),
        UNMARK_GOOD_PRACTICE("good_practice = false", false, false);

        private final String set;
        private final boolean excluded;
        private final boolean goodPractice;

        MeasureAction(String set, boolean excluded, boolean goodPractice) {
            this.set = set;
            this.excluded = excluded;
            this.goodPractice = goodPractice;
        }
    }

    private static final String APPROVED = MeasureLibrary.APPROVED.stream().map(s -> "'" + s.name() + "'")
            .collect(Collectors.joining(", "));

    private final JdbcTemplate jdbc;
    private final Clock clock;

    LibraryCuration(JdbcTemplate jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** Records SIP's decision on a measure of an approved register; 404 for any other measure. */
    public void decide(CurrentUser user, Long measureId, MeasureAction action) {
        requireSip(user);
        Integer found = jdbc.queryForObject("SELECT COUNT(*) FROM measure m JOIN risk r ON r.id = m.risk_id"
                + " JOIN assessment a ON a.id = r.assessment_id WHERE m.id = ? AND NOT r.removed AND a.stage IN ("
                + APPROVED + ")", Integer.class, measureId);
        if (found == null || found == 0) {
            throw new NotFoundException("measure", measureId);
        }
        jdbc.update("INSERT INTO library_measure_choice (measure_id, excluded, good_practice, decided_by, decided_at)"
                + " VALUES (?, ?, ?, ?, ?) ON CONFLICT (measure_id) DO UPDATE SET " + action.set
                + ", decided_by = EXCLUDED.decided_by, decided_at = EXCLUDED.decided_at", measureId, action.excluded,
                action.goodPractice, user.username(), Timestamp.from(clock.instant()));
    }

    /** Keeps a whole approved register out of the library, or shares it again; 404 for an assessment not approved. */
    public void excludeRegister(CurrentUser user, Long assessmentId, boolean excluded) {
        requireSip(user);
        Integer found = jdbc.queryForObject("SELECT COUNT(*) FROM assessment a WHERE a.id = ? AND a.stage IN ("
                + APPROVED + ")", Integer.class, assessmentId);
        if (found == null || found == 0) {
            throw new NotFoundException("assessment", assessmentId);
        }
        if (excluded) {
            jdbc.update("INSERT INTO library_register_exclusion (assessment_id, decided_by, decided_at) VALUES (?, ?, ?)"
                    + " ON CONFLICT (assessment_id) DO NOTHING", assessmentId, user.username(),
                    Timestamp.from(clock.instant()));
        } else {
            jdbc.update("DELETE FROM library_register_exclusion WHERE assessment_id = ?", assessmentId);
        }
    }

    private static void requireSip(CurrentUser user) {
        if (!user.has(Role.SIP_REVIEWER)) {
            throw new AccessDeniedException("only SIP's reviewers decide what the library shares");
        }
    }
}
