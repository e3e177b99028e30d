/**
 * Catalog: processes, practice categories, risk typology and scoring schemes (reference data).
 */
@org.springframework.modulith.ApplicationModule(displayName = "Catalog",
        allowedDependencies = {"shared"})
package pe.integrity.catalog;
