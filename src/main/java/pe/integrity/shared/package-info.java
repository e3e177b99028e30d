/**
 * Shared conventions every module follows the same way: how dates are shown (Lima time) and how an
 * unexpected failure is reported (a short reference for the person, the details in the log).
 *
 * <p>Public API: {@link pe.integrity.shared.Display} and {@link pe.integrity.shared.ErrorReference}. No
 * domain logic and no dependency on another module.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Shared", type = org.springframework.modulith.ApplicationModule.Type.OPEN,
        allowedDependencies = {})
package pe.integrity.shared;
