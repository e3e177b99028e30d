package pe.integrity.organisation;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** What an administrator types to create or edit an entity. */
public class EntityForm {

    @NotNull
    private EntityType type;

    @NotBlank
    @Size(max = 300)
    private String name;

    @NotBlank
    @Size(max = 80)
    private String acronym;

    @NotBlank
    @Size(max = 60)
    private String department;

    @NotBlank
    @Size(max = 120)
    private String sector;

    private Long parentId;

    private boolean active = true;

    /** The version the form was loaded at, so a concurrent edit is refused rather than lost. */
    private Long version;

    public static EntityForm of(PublicEntity e) {
        EntityForm f = new EntityForm();
        f.type = e.getType();
        f.name = e.getName();
        f.acronym = e.getAcronym();
        f.department = e.getDepartment();
        f.sector = e.getSector();
        f.parentId = e.getParent() == null ? null : e.getParent().getId();
        f.active = e.isActive();
        f.version = e.getVersion();
        return f;
    }

    public EntityType getType() {
        return type;
    }

    public void setType(EntityType type) {
        this.type = type;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name == null ? null : name.strip();
    }

    public String getAcronym() {
        return acronym;
    }

    public void setAcronym(String acronym) {
        this.acronym = acronym == null ? null : acronym.strip();
    }

    public String getDepartment() {
        return department;
    }

    public void setDepartment(String department) {
        this.department = department == null ? null : department.strip();
    }

    public String getSector() {
        return sector;
    }

    public void setSector(String sector) {
        this.sector = sector == null ? null : sector.strip();
    }

    public Long getParentId() {
        return parentId;
    }

    public void setParentId(Long parentId) {
        this.parentId = parentId;
    }

    public boolean isActive() {
        return active;
    }

    public void setActive(boolean active) {
        this.active = active;
    }

    public Long getVersion() {
        return version;
    }

    public void setVersion(Long version) {
        this.version = version;
    }
}
