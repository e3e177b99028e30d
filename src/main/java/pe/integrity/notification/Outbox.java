package pe.integrity.notification;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** The mails kept in the database (delivery {@code outbox}), newest first for the administrators' page. */
@Component
class Outbox {

    static final int PAGE_SIZE = 20;

    private final OutboxMailRepository mails;
    private final Clock clock;

    Outbox(OutboxMailRepository mails, Clock clock) {
        this.mails = mails;
        this.clock = clock;
    }

    /** In the mail job's transaction: the mails are kept exactly when the job is done, so a retry keeps no copy. */
    @Transactional
    void keep(List<Mailer.Mail> batch) {
        Instant now = Instant.now(clock);
        mails.saveAll(batch.stream().map(m -> new OutboxMail(m.to(), m.subject(), m.body(), now)).toList());
    }

    @Transactional(readOnly = true)
    Page<OutboxMail> page(int page) {
        return mails.findAllByOrderByCreatedAtDescIdDesc(PageRequest.of(Math.max(page, 0), PAGE_SIZE));
    }
}
