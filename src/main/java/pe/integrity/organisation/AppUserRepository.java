package pe.integrity.organisation;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface AppUserRepository extends JpaRepository<AppUser, Long> {

    Optional<AppUser> findByUsernameIgnoreCase(String username);

    boolean existsByUsernameIgnoreCase(String username);

    List<AppUser> findByEntityIdOrderByFullNameAsc(Long entityId);

    List<AppUser> findAllByOrderByUsernameAsc();
}
