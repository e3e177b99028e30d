package pe.integrity.workspace.followup;

import java.util.Collection;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface EvidenceRepository extends JpaRepository<Evidence, Long> {

    @Query("select new pe.integrity.workspace.followup.EvidenceInfo(e.id, e.measureId, e.filename, e.contentType, e.size,"
            + " e.uploadedBy, e.uploadedAt) from Evidence e where e.measureId in :measureIds order by e.uploadedAt, e.id")
    List<EvidenceInfo> infoOf(Collection<Long> measureIds);
}
