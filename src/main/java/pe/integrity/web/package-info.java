/**
 * Web shell: layout, home page by role, login page, language switch and error pages. Holds no domain
 * logic; each module serves its own screens.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Web shell",
        allowedDependencies = {"organisation", "register", "shared"})
package pe.integrity.web;
