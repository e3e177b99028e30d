package pe.integrity.organisation;

import java.util.List;
import java.util.Optional;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface AppUserRepository extends JpaRepository<AppUser, Long> {

    Optional<AppUser> findByUsernameIgnoreCase(String username);

    boolean existsByUsernameIgnoreCase(String username);

    List<AppUser> findByEntityIdOrderByFullNameAsc(Long entityId);

    List<AppUser> findAllByOrderByUsernameAsc();

    /** A page of users with their entity in the same query (their roles come in one batch, see AppUser). */
    @Query(value = "select u from AppUser u left join fetch u.entity", countQuery = "select count(u) from AppUser u")
    Page<AppUser> findPage(Pageable pageable);

    @Query("select distinct u from AppUser u join u.roles r where r = :role and u.enabled = true order by u.username")
    List<AppUser> findEnabledWithRole(Role role);
}
