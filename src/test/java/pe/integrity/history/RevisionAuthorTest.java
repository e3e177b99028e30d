package pe.integrity.history;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.EnumSet;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import pe.integrity.organisation.CurrentUser;
import pe.integrity.organisation.Role;
import pe.integrity.shared.SystemActor;

/** A revision's author: the signed-in person, else the application itself ("sistema"), never nobody. */
class RevisionAuthorTest {

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    @Test
    void theSignedInPersonIsTheAuthorWithTheNameTheyHaveNow() {
        CurrentUser ana = new CurrentUser(7L, "alta.miraflores", "x", "Ana Torres", "ana@example.pe", "es", 1L,
                "Miraflores", EnumSet.of(Role.ALTA_DIRECCION), true);
        SecurityContextHolder.getContext().setAuthentication(
                UsernamePasswordAuthenticationToken.authenticated(ana, null, ana.getAuthorities()));

        Revision r = revision();

        assertThat(r.getUsername()).isEqualTo("alta.miraflores");
        assertThat(r.getFullName()).isEqualTo("Ana Torres");
    }

    @Test
    void workWithoutASignedInPersonIsTheApplicationsOwn() {
        Revision engine = revision();
        SecurityContextHolder.getContext().setAuthentication(new AnonymousAuthenticationToken("key", "anonymousUser",
                List.of(new SimpleGrantedAuthority("ROLE_ANONYMOUS"))));
        Revision anonymous = revision();

        for (Revision r : List.of(engine, anonymous)) {
            assertThat(r.getUsername()).isEqualTo(SystemActor.USERNAME);
            assertThat(r.getFullName()).isEqualTo(SystemActor.NAME);
        }
    }

    private static Revision revision() {
        Revision r = new Revision();
        new RevisionAuthor().newRevision(r);
        return r;
    }
}
