package pe.integrity.assessment;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface MeasureRepository extends JpaRepository<Measure, Long> {

    /**
     * The measures in follow-up that a person of an entity answers for: those naming them as responsible user
     * and, for the Conductor, those whose responsible person is not a user. Nearest end date first.
     */
    // r.measures is fetched too: a measure's code is its place among its risk's measures (no query per risk)
    @Query("select m from Measure m join fetch m.risk r join fetch r.process join fetch r.assessment a"
            + " join fetch r.measures"
            + " where a.entityId = :entityId and a.stage = pe.integrity.assessment.AssessmentStage.FOLLOW_UP"
            + " and r.removed = false and (lower(m.responsibleUsername) = lower(:username)"
            + " or (:conductor = true and m.responsibleUsername is null)) order by m.endDate, m.id")
    List<Measure> answeredFor(Long entityId, String username, boolean conductor);
}
