/**
 * Register: PDF and Excel risk registers, their digests and public verification.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Register")
package pe.integrity.register;
