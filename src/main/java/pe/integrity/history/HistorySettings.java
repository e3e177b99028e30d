package pe.integrity.history;

import java.util.Map;
import org.springframework.boot.autoconfigure.orm.jpa.HibernatePropertiesCustomizer;
import org.springframework.stereotype.Component;

/**
 * Envers' settings, next to the module that reads what it writes. A deleted row keeps its last values in its
 * {@code _aud} row, so the history can say what was removed. Adding or removing a child (an activity of a process,
 * a measure of a risk) is a revision of the child only: the parent's own fields did not change. The tables themselves are Liquibase's
 * ({@code 0026-entity-history.yaml}) and only validated by Hibernate.
 */
@Component
class HistorySettings implements HibernatePropertiesCustomizer {

    @Override
    public void customize(Map<String, Object> properties) {
        // off in application.yml: where this module runs, the revision entity (Revision) is mapped too, so Envers
        // never falls back to its default revinfo mapping (a module test without this module would)
        properties.put("hibernate.integration.envers.enabled", "true");
        properties.put("org.hibernate.envers.store_data_at_delete", "true");
        properties.put("org.hibernate.envers.audit_table_suffix", "_aud");
        properties.put("org.hibernate.envers.revision_on_collection_change", "false");
    }
}
