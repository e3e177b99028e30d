package pe.integrity.register.national;

import java.time.Instant;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Every state change is one conditional UPDATE in its own short transaction: progress is written while
 * the export's long read-only transaction stays open on another connection.
 */
public interface ExportJobRepository extends JpaRepository<ExportJob, Long> {

    List<ExportJob> findTop50ByRequestedByOrderByCreatedAtDescIdDesc(String requestedBy);

    long countByStatus(ExportStatus status);

    /** Takes a queued job for this node; 0 when another node (or an earlier call) already took it. */
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    @Modifying(clearAutomatically = true, flushAutomatically = true)
    @Query("""
            update ExportJob j set j.status = pe.integrity.register.national.ExportStatus.RUNNING, j.node = :node,
                   j.startedAt = :now, j.heartbeatAt = :now
            where j.id = :id and j.status = pe.integrity.register.national.ExportStatus.QUEUED""")
    int claim(@Param("id") Long id, @Param("node") String node, @Param("now") Instant now);

    @Transactional(propagation = Propagation.REQUIRES_NEW)
    @Modifying(clearAutomatically = true, flushAutomatically = true)
    @Query("""
            update ExportJob j set j.rowsTotal = :total, j.heartbeatAt = :now
            where j.id = :id and j.status = pe.integrity.register.national.ExportStatus.RUNNING""")
    int total(@Param("id") Long id, @Param("total") long total, @Param("now") Instant now);

    @Transactional(propagation = Propagation.REQUIRES_NEW)
    @Modifying(clearAutomatically = true, flushAutomatically = true)
    @Query("""
            update ExportJob j set j.rowsDone = :done, j.heartbeatAt = :now
            where j.id = :id and j.status = pe.integrity.register.national.ExportStatus.RUNNING""")
    int progress(@Param("id") Long id, @Param("done") long done, @Param("now") Instant now);

    @Transactional(propagation = Propagation.REQUIRES_NEW)
    @Modifying(clearAutomatically = true, flushAutomatically = true)
    @Query("""
            update ExportJob j set j.status = pe.integrity.register.national.ExportStatus.DONE, j.rowsDone = :done,
                   j.fileName = :fileName, j.fileSize = :fileSize,
                   j.registerDocumentId = :documentId, j.verificationCode = :code,
                   j.finishedAt = :now, j.heartbeatAt = :now
            where j.id = :id and j.status = pe.integrity.register.national.ExportStatus.RUNNING""")
    int done(@Param("id") Long id, @Param("done") long done, @Param("fileName") String fileName,
            @Param("fileSize") long fileSize,
            @Param("documentId") Long documentId, @Param("code") String code, @Param("now") Instant now);

    @Transactional(propagation = Propagation.REQUIRES_NEW)
    @Modifying(clearAutomatically = true, flushAutomatically = true)
    @Query("""
            update ExportJob j set j.status = pe.integrity.register.national.ExportStatus.FAILED, j.error = :error,
                   j.finishedAt = :now
            where j.id = :id and j.status in (pe.integrity.register.national.ExportStatus.QUEUED,
                                              pe.integrity.register.national.ExportStatus.RUNNING)""")
    int failed(@Param("id") Long id, @Param("error") String error, @Param("now") Instant now);

    /** This job, if it is RUNNING without a heartbeat since {@code staleBefore}: its node died. */
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    @Modifying(clearAutomatically = true, flushAutomatically = true)
    @Query("""
            update ExportJob j set j.status = pe.integrity.register.national.ExportStatus.FAILED, j.error = :error,
                   j.finishedAt = :now
            where j.id = :id and j.status = pe.integrity.register.national.ExportStatus.RUNNING
              and (j.heartbeatAt is null or j.heartbeatAt < :staleBefore)""")
    int failIfStale(@Param("id") Long id, @Param("staleBefore") Instant staleBefore, @Param("error") String error,
            @Param("now") Instant now);

    /**
     * Jobs left RUNNING by a crash: those this node was running before it restarted, and those of any node
     * whose heartbeat stopped (a dead node in a cluster).
     */
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    @Modifying(clearAutomatically = true, flushAutomatically = true)
    @Query("""
            update ExportJob j set j.status = pe.integrity.register.national.ExportStatus.FAILED, j.error = :error,
                   j.finishedAt = :now
            where j.status = pe.integrity.register.national.ExportStatus.RUNNING
              and (j.node = :node or j.heartbeatAt is null or j.heartbeatAt < :staleBefore)""")
    int failInterrupted(@Param("node") String node, @Param("staleBefore") Instant staleBefore,
            @Param("error") String error, @Param("now") Instant now);
}
