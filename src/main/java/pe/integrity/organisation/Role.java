package pe.integrity.organisation;

/**
 * Roles of the SIP guide (Alta Dirección, Conductor, Técnico, Consultivo), held within one entity, and the
 * platform's global roles, held by people who work across entities.
 */
public enum Role {
    ALTA_DIRECCION(true),
    CONDUCTOR(true),
    TECNICO(true),
    CONSULTIVO(true),
    SIP_REVIEWER(false),
    AUDITOR(false),
    ADMIN(false);

    private final boolean entityScoped;

    Role(boolean entityScoped) {
        this.entityScoped = entityScoped;
    }

    /** True when the role only makes sense inside one entity. */
    public boolean isEntityScoped() {
        return entityScoped;
    }

    /** The Spring Security authority name. */
    public String authority() {
        return "ROLE_" + name();
    }
}
