package pe.integrity.organisation;

/**
 * The entities whose data a person reads, for lists that span entities (e.g. search): every entity, one entity, or
 * none. Decided by {@link EntityAccess#readScope}, the same rule as {@link EntityAccess#canRead}.
 *
 * @param entityId the one entity read, when not {@code all}; null with {@code all} or when nothing is read
 */
public record ReadScope(boolean all, Long entityId) {

    static final ReadScope ALL = new ReadScope(true, null);
    static final ReadScope NONE = new ReadScope(false, null);

    static ReadScope of(Long entityId) {
        return entityId == null ? NONE : new ReadScope(false, entityId);
    }

    public boolean includes(Long entity) {
        return entity != null && (all || entity.equals(entityId));
    }

    /** Nothing at all: a person with neither an entity nor a role across entities. */
    public boolean isEmpty() {
        return !all && entityId == null;
    }
}
