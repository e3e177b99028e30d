package pe.integrity.assessment;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface AssessmentRepository extends JpaRepository<Assessment, Long> {

    boolean existsByEntityIdAndPeriodYear(Long entityId, int periodYear);

    java.util.Optional<Assessment> findByEntityIdAndPeriodYear(Long entityId, int periodYear);

    List<Assessment> findByEntityIdOrderByPeriodYearDesc(Long entityId);
}
