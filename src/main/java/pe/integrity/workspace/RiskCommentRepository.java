package pe.integrity.workspace;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface RiskCommentRepository extends JpaRepository<RiskComment, Long> {

    List<RiskComment> findByRiskIdOrderByCreatedAtAscIdAsc(Long riskId);
}
