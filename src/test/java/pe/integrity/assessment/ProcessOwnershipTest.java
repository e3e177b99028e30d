package pe.integrity.assessment;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import org.junit.jupiter.api.Test;
import pe.integrity.organisation.Role;

/** Who works on a process in scope, on its own: no database, no application. */
class ProcessOwnershipTest {

    @Test
    void theTecnicoWhoOwnsTheProcessWorksOnItWhateverTheCaseOfTheName() {
        assertThat(ProcessOwnership.worksOn("tecnico.cusco", "Tecnico.Cusco", Set.of(Role.TECNICO))).isTrue();
    }

    @Test
    void anotherTecnicoDoesNot() {
        assertThat(ProcessOwnership.worksOn("tecnico.cusco", "tecnico2.cusco", Set.of(Role.TECNICO))).isFalse();
    }

    @Test
    void theConductorWorksOnEveryProcess() {
        assertThat(ProcessOwnership.worksOn("tecnico.cusco", "conductor.cusco", Set.of(Role.CONDUCTOR))).isTrue();
        assertThat(ProcessOwnership.worksOn(null, "conductor.cusco", Set.of(Role.CONDUCTOR))).isTrue();
    }

    @Test
    void theOwnersNameWithoutTheTecnicoRoleIsNotEnough() {
        assertThat(ProcessOwnership.worksOn("ana", "ana", Set.of(Role.ALTA_DIRECCION))).isFalse();
        assertThat(ProcessOwnership.worksOn("ana", "ana", Set.of(Role.CONSULTIVO))).isFalse();
        assertThat(ProcessOwnership.worksOn("ana", "ana", Set.of())).isFalse();
    }

    @Test
    void aProcessWithoutOwnerIsOnlyTheConductors() {
        assertThat(ProcessOwnership.worksOn(null, "tecnico.cusco", Set.of(Role.TECNICO))).isFalse();
    }
}
