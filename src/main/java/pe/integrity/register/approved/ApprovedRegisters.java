package pe.integrity.register.approved;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;
import pe.integrity.assessment.AssessmentApproved;
import pe.integrity.register.archive.RegisterDocumentRepository;
import pe.integrity.register.archive.RegisterKind;
import pe.integrity.register.entity.EntityRegisters;
import pe.integrity.register.entity.RegisterAssembler;
import pe.integrity.register.entity.RegisterData;
import pe.integrity.register.entity.RegisterGenerationException;
import pe.integrity.shared.ErrorReference;
import pe.integrity.shared.LaterWork;

/**
 * The approved register (PDF and Excel) of each SIP approval. The approval records that it is owed, with its
 * content frozen at that moment, and enqueues its generation as a durable job ({@link ApprovedRegisterJob}) in the
 * same transaction; the job generates the files from that content. A failure is logged, counted and shown on the
 * registers page, and the job executor retries it. The approval itself never fails because of a register. Being a record, an approved register says what SIP approved: a retry or a regeneration any day after
 * renders the frozen content, whatever follow-up has changed since. Drafts read the live data.
 */
@Service
public class ApprovedRegisters {

    static final List<RegisterKind> KINDS = List.of(RegisterKind.ENTITY_PDF, RegisterKind.ENTITY_XLSX);
    private static final Logger log = LoggerFactory.getLogger(ApprovedRegisters.class);

    private final RegisterRequestRepository requests;
    private final RegisterDocumentRepository documents;
    private final EntityRegisters registers;
    private final RegisterAssembler assembler;
    private final ObjectMapper json;
    private final TransactionTemplate ownTransaction;
    private final Clock clock;
    private final LaterWork later;

    ApprovedRegisters(RegisterRequestRepository requests, RegisterDocumentRepository documents,
            EntityRegisters registers, RegisterAssembler assembler, ObjectMapper json,
            PlatformTransactionManager txManager, Clock clock, LaterWork later) {
        this.requests = requests;
        this.documents = documents;
        this.registers = registers;
        this.assembler = assembler;
        this.json = json;
        this.ownTransaction = new TransactionTemplate(txManager);
        this.ownTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        this.clock = clock;
        this.later = later;
    }

    /**
     * Inside the approving transaction: the register is owed, and its generation enqueued, exactly when the approval
     * commits; its content is read now, as SIP approved it.
     */
    @EventListener
    void owe(AssessmentApproved approved) {
        if (requests.findByAssessmentIdAndSubmissionRound(approved.assessmentId(), approved.submissionRound()).isEmpty()) {
            String content = freeze(assembler.assemble(SystemReader.USER, approved.assessmentId()));
            requests.save(new RegisterRequest(approved.assessmentId(), approved.submissionRound(), Instant.now(clock),
                    content));
            ApprovedRegisterJob.enqueue(later, approved.assessmentId(), approved.submissionRound());
        }
    }

    /**
     * Generates whatever of the approved register is still missing for this approval. Never throws: a failure
     * is recorded on the request. Returns whether the register is complete.
     */
    boolean fulfil(Long assessmentId, int round) {
        Optional<RegisterRequest> found = ownTransaction.execute(
                tx -> requests.findByAssessmentIdAndSubmissionRound(assessmentId, round));
        if (found.isEmpty() || found.get().isDone()) {
            return found.isPresent();
        }
        Long requestId = found.get().getId();
        try {
            List<RegisterKind> missing = KINDS.stream()
                    .filter(k -> !documents.existsByAssessmentIdAndKindAndDraftFalseAndSubmissionRound(assessmentId, k, round))
                    .toList();
            if (!missing.isEmpty()) {
                registers.approved(content(found.get()), missing);
            }
            update(requestId, r -> r.done(Instant.now(clock)));
            return true;
        } catch (RuntimeException e) {
            int attempt = found.get().getAttempts() + 1;
            String reference = ErrorReference.logged(log, e,
                    "Approved register of assessment {} (round {}) not generated, attempt {} of {}",
                    assessmentId, round, attempt, later.attempts());
            update(requestId, r -> r.failed(Instant.now(clock), reference));
            return false;
        }
    }

    /**
     * Retries the open requests of one assessment now, whatever their attempts (an administrator asked): their
     * jobs run at once; a request without a job (owed before generation became a job) is generated directly.
     */
    public void retryNow(Long assessmentId) {
        List<RegisterRequest> open = ownTransaction.execute(tx -> requests.findByAssessmentIdAndDoneAtIsNull(assessmentId));
        for (RegisterRequest r : open) {
            if (ApprovedRegisterJob.runNow(later, r.getAssessmentId(), r.getSubmissionRound()) == 0) {
                fulfil(r.getAssessmentId(), r.getSubmissionRound());
            }
        }
    }

    /** Approved registers of an assessment still owed, with their last failure, for the registers page. */
    public List<Pending> pending(Long assessmentId) {
        return ownTransaction.execute(tx -> requests.findByAssessmentIdAndDoneAtIsNull(assessmentId).stream()
                .map(r -> new Pending(r.getSubmissionRound(), r.getAttempts(), r.getLastAttemptAt(),
                        ErrorReference.isReference(r.getLastError()) ? r.getLastError() : null,
                        r.getAttempts() < later.attempts()))
                .toList());
    }

    /** An approved register not generated yet; the last failure as its log reference (the details stay in the log). */
    public record Pending(int round, int attempts, Instant lastAttemptAt, String lastError, boolean willRetry) {}

    private String freeze(RegisterData data) {
        try {
            return json.writeValueAsString(data);
        } catch (JsonProcessingException e) {
            throw new RegisterGenerationException("could not freeze the register of assessment "
                    + data.cover().assessmentId(), e);
        }
    }

    /** The frozen content; approvals recorded before contents were frozen fall back to the live data. */
    private RegisterData content(RegisterRequest request) {
        if (request.getFrozenContent() == null) {
            log.warn("Approved register of assessment {} (round {}) has no frozen content (approved before it was "
                    + "kept): generated from the live data", request.getAssessmentId(), request.getSubmissionRound());
            return assembler.assemble(SystemReader.USER, request.getAssessmentId());
        }
        try {
            return json.readValue(request.getFrozenContent(), RegisterData.class);
        } catch (JsonProcessingException e) {
            throw new RegisterGenerationException("frozen register of assessment " + request.getAssessmentId()
                    + " unreadable", e);
        }
    }

    private void update(Long requestId, java.util.function.Consumer<RegisterRequest> change) {
        ownTransaction.executeWithoutResult(tx -> requests.findById(requestId).ifPresent(change));
    }
}
