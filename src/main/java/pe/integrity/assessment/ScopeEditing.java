package pe.integrity.assessment;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import pe.integrity.organisation.CurrentUser;
import pe.integrity.shared.Versions;
import pe.integrity.shared.InvalidInputException;
import pe.integrity.shared.NotFoundException;
import pe.integrity.organisation.Role;
import pe.integrity.organisation.UserDirectory;
import pe.integrity.organisation.UserView;

/** Preparation and Nivel 1: the processes in scope, their owners and their stages. */
@Service
@Transactional
public class ScopeEditing {

    private final AssessmentGuard guard;
    private final ProcessInScopeRepository processes;
    private final RiskRepository risks;
    private final UserDirectory users;

    ScopeEditing(AssessmentGuard guard, ProcessInScopeRepository processes, RiskRepository risks, UserDirectory users) {
        this.guard = guard;
        this.processes = processes;
        this.risks = risks;
        this.users = users;
    }

    public ProcessInScope addProcess(CurrentUser user, Long assessmentId, ScopeProcessForm form) {
        Assessment a = guard.conductorEditable(user, assessmentId, StageWork.SCOPE);
        requireOwner(a, form.getOwnerUsername());
        ProcessInScope p = new ProcessInScope(a);
        p.update(form.getCatalogProcessCode(), form.getName(), form.getPrioritisationReason(), form.getOwnerUsername(),
                form.getResponsibleUnit());
        return processes.save(p);
    }

    public ProcessInScope updateProcess(CurrentUser user, Long processId, ScopeProcessForm form) {
        ProcessInScope p = processes.findById(processId).orElseThrow();
        Assessment a = guard.conductorEditable(user, p.getAssessment().getId(), StageWork.SCOPE);
        Versions.requireCurrent(form.getVersion(), p.getVersion(), ProcessInScope.class, processId);
        requireOwner(a, form.getOwnerUsername());
        p.update(form.getCatalogProcessCode(), form.getName(), form.getPrioritisationReason(), form.getOwnerUsername(),
                form.getResponsibleUnit());
        return p;
    }

    public void removeProcess(CurrentUser user, Long processId) {
        ProcessInScope p = processes.findById(processId).orElseThrow();
        guard.conductorEditable(user, p.getAssessment().getId(), StageWork.SCOPE);
        if (!risks.findByProcessIdOrderByCode(processId).isEmpty()) {
            throw new InvalidInputException("process", "scope.process.hasRisks");
        }
        processes.delete(p);
    }

    public ProcessActivity addStage(CurrentUser user, Long processId, StageForm form) {
        ProcessInScope p = guard.processEditable(user, processId, StageWork.IDENTIFICATION);
        return p.addStage(form.getName(), form.getResponsibleUnit());
    }

    /** A stage no risk refers to may be removed (a mistyped or merged stage). */
    public void removeStage(CurrentUser user, Long processId, Long stageId) {
        ProcessInScope p = guard.processEditable(user, processId, StageWork.IDENTIFICATION);
        ProcessActivity stage = p.getStages().stream()
                .filter(st -> st.getId().equals(stageId))
                .findFirst()
                .orElseThrow(() -> new NotFoundException("stage", stageId));
        boolean used = risks.findByProcessIdOrderByCode(processId).stream()
                .anyMatch(r -> r.getStage() != null && stageId.equals(r.getStage().getId()));
        if (used) {
            throw new InvalidInputException("stage", "scope.stage.hasRisks");
        }
        p.removeStage(stage);
    }

    /** The owner must be a Técnico of the same entity: they will get the identification task. */
    private void requireOwner(Assessment a, String username) {
        UserView owner = users.findByUsername(username)
                .filter(u -> a.getEntityId().equals(u.entityId()) && u.roles().contains(Role.TECNICO) && u.enabled())
                .orElseThrow(() -> new InvalidInputException("ownerUsername", "scope.owner.invalid"));
        if (owner.id() == null) {
            throw new InvalidInputException("ownerUsername", "scope.owner.invalid");
        }
    }
}
