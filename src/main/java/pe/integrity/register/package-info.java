/**
 * Register: PDF and Excel risk registers, their digests and public verification.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Register",
        allowedDependencies = {"assessment", "catalog", "organisation", "review", "shared"})
package pe.integrity.register;
