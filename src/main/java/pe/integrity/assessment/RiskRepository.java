package pe.integrity.assessment;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface RiskRepository extends JpaRepository<Risk, Long> {

    List<Risk> findByAssessmentIdOrderByCode(Long assessmentId);

    List<Risk> findByProcessIdOrderByCode(Long processId);

    @Query("select count(r) from Risk r where r.assessment.id = :assessmentId")
    int countAll(Long assessmentId);

    // r.measures is fetched too: a measure's code is its place among its risk's measures (no query per risk)
    @Query("select m from Measure m join fetch m.risk r join fetch r.process join fetch r.measures"
            + " where r.assessment.id = :assessmentId and r.removed = false order by r.code, m.id")
    List<Measure> measuresOf(Long assessmentId);
}
