package pe.integrity.organisation;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import pe.integrity.shared.VersionedEntity;

/** An obliged public entity ("entidad"): a ministry, regional government, municipality... */
@Entity
@Table(name = "public_entity")
public class PublicEntity extends VersionedEntity {

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private EntityType type;

    @Column(nullable = false)
    private String name;

    @Column(nullable = false)
    private String acronym;

    @Column(nullable = false)
    private String department;

    @Column(nullable = false)
    private String sector;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "parent_id")
    private PublicEntity parent;

    @Column(nullable = false)
    private boolean active = true;

    protected PublicEntity() {}

    public PublicEntity(EntityType type, String name, String acronym, String department, String sector) {
        this.type = type;
        this.name = name;
        this.acronym = acronym;
        this.department = department;
        this.sector = sector;
    }

    void update(EntityType type, String name, String acronym, String department, String sector, PublicEntity parent, boolean active) {
        this.type = type;
        this.name = name;
        this.acronym = acronym;
        this.department = department;
        this.sector = sector;
        this.parent = parent;
        this.active = active;
    }

    public EntityType getType() {
        return type;
    }

    public String getName() {
        return name;
    }

    public String getAcronym() {
        return acronym;
    }

    public String getDepartment() {
        return department;
    }

    public String getSector() {
        return sector;
    }

    public PublicEntity getParent() {
        return parent;
    }

    public boolean isActive() {
        return active;
    }
}
