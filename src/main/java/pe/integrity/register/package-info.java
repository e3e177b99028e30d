/**
 * Register: PDF and Excel risk registers, their digests and public verification.
 *
 * <p>Its parts, one sub-package each (internal to the module): {@code archive} keeps every generated file with
 * its digest and serves the public check at /verificar; {@code entity} assembles and writes one entity's
 * register (PDF and Excel, drafts from live data); {@code approved} owes and retries the approved register,
 * built from the content frozen when SIP approved; {@code followup} makes each submitted follow-up cycle's
 * report, once, from that cycle's reports; {@code national} is SIP's and auditors' national export.
 * The base package holds what other modules use: the printable-text check and the evidence port.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Register",
        allowedDependencies = {"assessment", "catalog", "organisation", "review", "shared"})
package pe.integrity.register;
