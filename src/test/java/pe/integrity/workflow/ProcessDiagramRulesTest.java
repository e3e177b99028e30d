package pe.integrity.workflow;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.util.List;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.EndEvent;
import org.camunda.bpm.model.bpmn.instance.FlowNode;
import org.camunda.bpm.model.bpmn.instance.Gateway;
import org.junit.jupiter.api.Test;

/**
 * The diagram reads cleanly for an integrity officer (rules of the usual BPMN linters): every end event says how
 * the path ends, and flows meet only in a gateway, never implicitly on a task or event.
 */
class ProcessDiagramRulesTest {

    final BpmnModelInstance model = read("bpmn/integrity-risk-assessment.bpmn");

    @Test
    void everyEndEventHasAName() {
        List<String> unnamed = model.getModelElementsByType(EndEvent.class).stream()
                .filter(e -> e.getName() == null || e.getName().isBlank())
                .map(EndEvent::getId)
                .toList();
        assertThat(unnamed).isEmpty();
    }

    @Test
    void flowsJoinOnlyInGateways() {
        List<String> implicitJoins = model.getModelElementsByType(FlowNode.class).stream()
                .filter(n -> !(n instanceof Gateway))
                .filter(n -> n.getIncoming().size() > 1)
                .map(FlowNode::getId)
                .toList();
        assertThat(implicitJoins).isEmpty();
    }

    private static BpmnModelInstance read(String resource) {
        InputStream in = ProcessDiagramRulesTest.class.getClassLoader().getResourceAsStream(resource);
        assertThat(in).as(resource).isNotNull();
        return Bpmn.readModelFromStream(in);
    }
}
