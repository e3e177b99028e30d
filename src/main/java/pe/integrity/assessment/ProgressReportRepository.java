package pe.integrity.assessment;

import java.util.Collection;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface ProgressReportRepository extends JpaRepository<ProgressReport, Long> {

    /** The reports on these measures, oldest first: one query for a page of measures. */
    @Query("select r from ProgressReport r where r.measure.id in :measureIds order by r.reportedAt, r.id")
    List<ProgressReport> ofMeasures(Collection<Long> measureIds);
}
