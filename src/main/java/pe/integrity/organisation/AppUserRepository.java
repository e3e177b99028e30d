package pe.integrity.organisation;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface AppUserRepository extends JpaRepository<AppUser, Long> {

    Optional<AppUser> findByUsernameIgnoreCase(String username);

    boolean existsByUsernameIgnoreCase(String username);

    List<AppUser> findByEntityIdOrderByFullNameAsc(Long entityId);

    List<AppUser> findAllByOrderByUsernameAsc();

    @Query("select distinct u from AppUser u join u.roles r where r = :role and u.enabled = true order by u.username")
    List<AppUser> findEnabledWithRole(Role role);
}
