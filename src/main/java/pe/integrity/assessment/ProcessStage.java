package pe.integrity.assessment;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

/** A stage or activity of a process in scope, with its responsible unit (Nivel 1 identification). */
@Entity
@Table(name = "process_stage")
public class ProcessStage {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "process_in_scope_id")
    private ProcessInScope process;

    @Column(nullable = false)
    private String name;

    @Column(name = "responsible_unit", nullable = false)
    private String responsibleUnit;

    @Column(nullable = false)
    private int position;

    protected ProcessStage() {}

    ProcessStage(ProcessInScope process, String name, String responsibleUnit, int position) {
        this.process = process;
        this.name = name;
        this.responsibleUnit = responsibleUnit;
        this.position = position;
    }

    public Long getId() {
        return id;
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
