package pe.integrity.assessment;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import org.hibernate.envers.Audited;
import pe.integrity.shared.IdentifiedEntity;

/** A stage or activity of a process in scope, with its responsible unit (Nivel 1 identification). */
@Entity
@Audited
@Table(name = "process_stage")
public class ProcessActivity extends IdentifiedEntity {

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "process_in_scope_id")
    private ProcessInScope process;

    @Column(nullable = false)
    private String name;

    @Column(name = "responsible_unit", nullable = false)
    private String responsibleUnit;

    @Column(nullable = false)
    private int position;

    protected ProcessActivity() {}

    ProcessActivity(ProcessInScope process, String name, String responsibleUnit, int position) {
        this.process = process;
        this.name = name;
        this.responsibleUnit = responsibleUnit;
        this.position = position;
    }

    public ProcessInScope getProcess() {
        return process;
    }

    public String getName() {
        return name;
    }

    public String getResponsibleUnit() {
        return responsibleUnit;
    }

    public int getPosition() {
        return position;
    }
}
