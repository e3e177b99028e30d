/**
 * REST API (/api/v1): JSON reads of assessments, their risks and measures for other government systems, with the
 * same authorization as the screens (each operation calls the assessment module's checked reads) and personal API
 * tokens ({@code organisation.ApiTokens}). Errors are RFC 9457 problem details with localized titles.
 */
@org.springframework.modulith.ApplicationModule(displayName = "REST API",
        allowedDependencies = {"assessment", "catalog", "organisation", "shared"})
package pe.integrity.api;
