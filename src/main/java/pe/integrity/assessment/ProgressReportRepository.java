package pe.integrity.assessment;

import java.util.Collection;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface ProgressReportRepository extends JpaRepository<ProgressReport, Long> {

    /** The reports on these measures, oldest first: one query for a page of measures. */
    @Query("select r from ProgressReport r where r.measure.id in :measureIds order by r.reportedAt, r.id")
    List<ProgressReport> ofMeasures(Collection<Long> measureIds);

    /** Cycle, measure and progress of every report of an assessment, in the order given: the cycle figures. */
    @Query("select r.cycle, r.measure.id, r.progress, r.status from ProgressReport r"
            + " where r.assessmentId = :assessmentId order by r.cycle, r.reportedAt, r.id")
    List<Object[]> figuresOf(Long assessmentId);

    /** Every report of an assessment by cycle, with its measure and that measure's code (its risk's measures). */
    @Query("select r from ProgressReport r join fetch r.measure m join fetch m.risk k join fetch k.measures"
            + " where r.assessmentId = :assessmentId order by r.cycle, r.reportedAt, r.id")
    List<ProgressReport> ofAssessment(Long assessmentId);
}
