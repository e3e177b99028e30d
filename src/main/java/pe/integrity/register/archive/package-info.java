/**
 * The archive of generated registers (files, digests, verification codes). Open to other modules as the named
 * interface {@code register::archive} for reads only: the REST API lists, downloads and verifies documents with it,
 * under the same checks as the register pages.
 */
@org.springframework.modulith.NamedInterface("archive")
package pe.integrity.register.archive;
