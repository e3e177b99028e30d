/**
 * Dashboard: SIP's and auditors' national view of one period, read only. How many active entities have not
 * started, are in each stage before SIP, are with SIP, were returned, are approved or are late, by department,
 * sector or entity type; every number opens the list of the entities it counts. Each column's condition is written
 * once ({@link pe.integrity.dashboard.DashboardColumn}) and used by both the count and the list, so they agree.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Dashboard",
        allowedDependencies = {"assessment", "catalog", "organisation", "shared"})
package pe.integrity.dashboard;
