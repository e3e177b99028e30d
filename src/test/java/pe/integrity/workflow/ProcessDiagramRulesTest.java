package pe.integrity.workflow;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.EndEvent;
import org.camunda.bpm.model.bpmn.instance.FlowNode;
import org.camunda.bpm.model.bpmn.instance.FlowElement;
import org.camunda.bpm.model.bpmn.instance.Gateway;
import org.camunda.bpm.model.bpmn.instance.Process;
import org.camunda.bpm.model.bpmn.instance.StartEvent;
import org.camunda.bpm.model.bpmn.instance.SubProcess;
import org.junit.jupiter.api.Test;

/**
 * The diagrams read cleanly for an integrity officer (rules of the usual BPMN linters): every end event says how
 * the path ends, flows meet only in a gateway, never implicitly on a task or event, every (sub-)process starts and
 * ends with an event of its own, and a gateway that splits asks its question in its name.
 */
class ProcessDiagramRulesTest {

    final BpmnModelInstance model = read("bpmn/integrity-risk-assessment.bpmn");
    final BpmnModelInstance durableJob = read("bpmn/durable-job.bpmn");

    @Test
    void theDurableJobFollowsTheSameRules() {
        assertThat(durableJob.getModelElementsByType(EndEvent.class)).allMatch(e -> e.getName() != null);
        assertThat(durableJob.getModelElementsByType(FlowNode.class)).allMatch(n -> n.getIncoming().size() <= 1);
        assertThat(durableJob.getModelElementsByType(Process.class)).singleElement().satisfies(p -> {
            assertThat(p.getFlowElements()).anyMatch(StartEvent.class::isInstance).anyMatch(EndEvent.class::isInstance);
            assertThat(p.getCamundaHistoryTimeToLiveString()).isNotBlank();
        });
    }

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

    @Test
    void everyProcessAndSubProcessHasItsOwnStartAndEndEvent() {
        Map<String, Collection<FlowElement>> containers = new LinkedHashMap<>();
        model.getModelElementsByType(Process.class).forEach(p -> containers.put(p.getId(), p.getFlowElements()));
        model.getModelElementsByType(SubProcess.class).forEach(p -> containers.put(p.getId(), p.getFlowElements()));
        assertThat(containers).hasSizeGreaterThan(1);
        containers.forEach((id, elements) -> {
            assertThat(elements).as("start event of " + id).anyMatch(StartEvent.class::isInstance);
            assertThat(elements).as("end event of " + id).anyMatch(EndEvent.class::isInstance);
        });
    }

    @Test
    void everySplittingGatewayIsNamed() {
        List<String> unnamed = model.getModelElementsByType(Gateway.class).stream()
                .filter(g -> g.getOutgoing().size() > 1)
                .filter(g -> g.getName() == null || g.getName().isBlank())
                .map(Gateway::getId)
                .toList();
        assertThat(unnamed).isEmpty();
    }

    private static BpmnModelInstance read(String resource) {
        InputStream in = ProcessDiagramRulesTest.class.getClassLoader().getResourceAsStream(resource);
        assertThat(in).as(resource).isNotNull();
        return Bpmn.readModelFromStream(in);
    }
}
