package pe.integrity.register;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionPhase;
import org.springframework.transaction.event.TransactionalEventListener;
import pe.integrity.assessment.AssessmentApproved;

/**
 * SIP's approval ({@code Task_PublishRegister} → {@code Assessments.markApproved}) produces the approved
 * register: noted inside the approving transaction, generated once it has committed.
 */
@Component
class ApprovedRegisterListener {

    private final ApprovedRegisters approved;

    ApprovedRegisterListener(ApprovedRegisters approved) {
        this.approved = approved;
    }

    @EventListener
    void owe(AssessmentApproved event) {
        approved.owe(event);
    }

    @TransactionalEventListener(phase = TransactionPhase.AFTER_COMMIT)
    void generate(AssessmentApproved event) {
        approved.fulfil(event.assessmentId(), event.submissionRound());
    }
}
