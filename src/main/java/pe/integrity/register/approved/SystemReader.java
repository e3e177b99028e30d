package pe.integrity.register.approved;

import java.util.EnumSet;
import pe.integrity.organisation.CurrentUser;
import pe.integrity.organisation.Role;
import pe.integrity.register.entity.EntityRegisters;

/**
 * The reader the approved register is generated as, after SIP's approval, when no person is signed in: a
 * read-only global role (auditor), so the assessment module's checked reads apply unchanged. Never a
 * principal of a web request.
 */
public final class SystemReader {

    static final CurrentUser USER = new CurrentUser(null, pe.integrity.shared.SystemActor.USERNAME, "", EntityRegisters.SYSTEM_NAME,
            null, "es", null, null, EnumSet.of(Role.AUDITOR), false);

    private SystemReader() {}
}
