package pe.integrity.notification;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;

interface OutboxMailRepository extends JpaRepository<OutboxMail, Long> {

    Page<OutboxMail> findAllByOrderByCreatedAtDescIdDesc(Pageable pageable);
}
