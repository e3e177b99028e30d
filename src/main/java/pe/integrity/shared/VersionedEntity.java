package pe.integrity.shared;

import jakarta.persistence.MappedSuperclass;
import jakarta.persistence.Version;

/**
 * A row edited through forms: its {@code version} column guards against lost updates (optimistic locking, see
 * {@link Versions}).
 */
@MappedSuperclass
public abstract class VersionedEntity extends IdentifiedEntity {

    @Version
    private long version;

    public long getVersion() {
        return version;
    }
}
