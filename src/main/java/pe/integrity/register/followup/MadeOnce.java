package pe.integrity.register.followup;

import java.util.Optional;
import java.util.function.Supplier;
import org.springframework.dao.DataIntegrityViolationException;
import pe.integrity.register.archive.StoredRegister;

/**
 * A report that is a record, made once: the archived one when there is one, otherwise made now. Two first requests
 * at once are settled by the archive's unique index: the one that loses takes the one that won.
 */
final class MadeOnce {

    private MadeOnce() {}

    static StoredRegister get(Supplier<Optional<StoredRegister>> archived, Supplier<StoredRegister> make) {
        Optional<StoredRegister> made = archived.get();
        if (made.isPresent()) {
            return made.get();
        }
        try {
            return make.get();
        } catch (DataIntegrityViolationException e) {
            return archived.get().orElseThrow(() -> e);
        }
    }
}
