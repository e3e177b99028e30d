package pe.integrity.history;

import java.util.Map;
import org.springframework.boot.autoconfigure.orm.jpa.HibernatePropertiesCustomizer;
import org.springframework.stereotype.Component;

/**
 * Envers' settings, next to the module that reads what it writes. A deleted row keeps its last values in its
 * {@code _aud} row, so the history can say what was removed; the tables themselves are Liquibase's
 * ({@code 0026-entity-history.yaml}) and only validated by Hibernate.
 */
@Component
class HistorySettings implements HibernatePropertiesCustomizer {

    @Override
    public void customize(Map<String, Object> properties) {
        properties.put("org.hibernate.envers.store_data_at_delete", "true");
        properties.put("org.hibernate.envers.audit_table_suffix", "_aud");
    }
}
