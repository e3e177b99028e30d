package pe.integrity.workspace.identification;

import java.util.Collection;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface RiskCommentRepository extends JpaRepository<RiskComment, Long> {

    List<RiskComment> findByRiskIdOrderByCreatedAtAscIdAsc(Long riskId);

    /** Of these risks, the ones the person has commented on. */
    @Query("select distinct c.riskId from RiskComment c where c.authorUsername = :username and c.riskId in :riskIds")
    List<Long> commentedBy(String username, Collection<Long> riskIds);
}
