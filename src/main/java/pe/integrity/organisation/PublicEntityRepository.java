package pe.integrity.organisation;

import java.util.List;
import java.util.Optional;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.EntityGraph;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface PublicEntityRepository extends JpaRepository<PublicEntity, Long> {

    /** Paged search (an empty text matches all) on name or acronym, optionally by type; used by SIP and auditors over ~2,000 entities. */
    @Query("""
            select e from PublicEntity e
            where (lower(e.name) like lower(concat('%', :text, '%'))
                   or lower(e.acronym) like lower(concat('%', :text, '%')))
              and (:type is null or e.type = :type)
            """)
    Page<PublicEntity> search(@Param("text") String text, @Param("type") EntityType type, Pageable pageable);

    /** With its parent loaded: pages render after the transaction ended (open-in-view is off). */
    @EntityGraph(attributePaths = "parent")
    Optional<PublicEntity> findWithParentById(Long id);

    boolean existsByNameIgnoreCase(String name);

    boolean existsByNameIgnoreCaseAndIdNot(String name, Long id);

    List<PublicEntity> findAllByOrderByNameAsc();
}
