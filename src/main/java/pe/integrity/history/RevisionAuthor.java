package pe.integrity.history;

import org.hibernate.envers.RevisionListener;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import pe.integrity.organisation.CurrentUser;
import pe.integrity.shared.SystemActor;

/**
 * Names the author of a revision: the signed-in person of the request (screens and the API alike), else the
 * application itself ({@link SystemActor}): the engine's jobs and timers, start-up seeding, background work.
 */
public class RevisionAuthor implements RevisionListener {

    @Override
    public void newRevision(Object revisionEntity) {
        Revision revision = (Revision) revisionEntity;
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        if (auth == null || !auth.isAuthenticated() || auth instanceof AnonymousAuthenticationToken) {
            revision.author(SystemActor.USERNAME, SystemActor.NAME);
        } else if (auth.getPrincipal() instanceof CurrentUser user) {
            revision.author(user.username(), user.fullName() == null ? user.username() : user.fullName());
        } else {
            revision.author(auth.getName(), auth.getName());
        }
    }
}
