/**
 * The shared kernel: conventions every module follows the same way. How dates are shown (Lima time), how
 * an unexpected failure is reported (a short reference for the person, the details in the log), how bad
 * input and missing records are signalled ({@link pe.integrity.shared.InvalidInputException},
 * {@link pe.integrity.shared.NotFoundException}), how a refused input lands next to its form field
 * ({@link pe.integrity.shared.FormErrors}), how forms guard against lost updates
 * ({@link pe.integrity.shared.Versions}), the generated key and version columns most tables share
 * ({@link pe.integrity.shared.IdentifiedEntity}, {@link pe.integrity.shared.VersionedEntity}), and the reserved
 * system actor.
 *
 * <p>No domain logic and no dependency on another module.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Shared", type = org.springframework.modulith.ApplicationModule.Type.OPEN,
        allowedDependencies = {})
package pe.integrity.shared;
