package pe.integrity.catalog;

/**
 * A scheme version whose six decisions are deployed in the engine.
 *
 * @param name the name of the DMN file's definitions (shown to suggest a registry name)
 * @param resourceName the deployed file, e.g. {@code bpmn/scoring/prov-5x5-v1.dmn}
 */
public record DeployedScheme(String decisionPrefix, String name, String resourceName) {}
