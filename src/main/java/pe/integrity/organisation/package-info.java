/**
 * Organisation: the obliged public entities, their users and roles, and who may see and change what.
 *
 * <p>Public API: {@link pe.integrity.organisation.CurrentUser}, {@link pe.integrity.organisation.Role},
 * {@link pe.integrity.organisation.EntityAccess}, {@link pe.integrity.organisation.EntityDirectory} and
 * {@link pe.integrity.organisation.UserDirectory}. Other modules never touch the repositories.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Organisation",
        allowedDependencies = {"shared"})
package pe.integrity.organisation;
