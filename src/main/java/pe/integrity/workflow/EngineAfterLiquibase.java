package pe.integrity.workflow;

import java.util.Set;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.springframework.boot.sql.init.dependency.AbstractBeansOfTypeDependsOnDatabaseInitializationDetector;

/**
 * Liquibase creates Camunda's tables (schema-update is off), so the engine must start after it. Spring
 * does not know that by itself; this detector (registered in META-INF/spring.factories) tells it.
 */
public class EngineAfterLiquibase extends AbstractBeansOfTypeDependsOnDatabaseInitializationDetector {

    @Override
    protected Set<Class<?>> getDependsOnDatabaseInitializationBeanTypes() {
        return Set.of(ProcessEngineConfigurationImpl.class);
    }
}
