package pe.integrity.register;

import java.util.List;
import org.springframework.stereotype.Component;
import pe.integrity.organisation.CurrentUser;

/**
 * SIP's observations for the register's review history. Until the review module records observations, the
 * journal (submissions, SIP decisions and their comments) is the whole review history.
 */
@Component
class ReviewHistory {

    List<RegisterData.ObservationRow> observations(CurrentUser reader, Long assessmentId) {
        return List.of();
    }
}
