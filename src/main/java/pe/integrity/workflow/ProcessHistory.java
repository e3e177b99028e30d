package pe.integrity.workflow;

import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.history.HistoricActivityInstance;
import org.camunda.bpm.engine.query.NativeQuery;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * An assessment's process history from the engine, newest first, a page at a time: user tasks ended (with who
 * completed them), decision gateways passed, timers fired, automatic steps, start and end. Paged in the database
 * by a cursor (the last event shown), so a page costs the same however long the history is.
 *
 * <p>Unchecked: the caller has checked that the user may read the assessment whose process this is.
 */
@Component
public class ProcessHistory {

    private static final Map<String, ProcessEvent.Kind> KINDS = Map.ofEntries(
            Map.entry("startEvent", ProcessEvent.Kind.STARTED),
            Map.entry("userTask", ProcessEvent.Kind.TASK),
            Map.entry("exclusiveGateway", ProcessEvent.Kind.DECISION),
            Map.entry("businessRuleTask", ProcessEvent.Kind.DECISION),
            Map.entry("boundaryTimer", ProcessEvent.Kind.TIMER),
            Map.entry("intermediateTimer", ProcessEvent.Kind.TIMER),
            Map.entry("startTimerEvent", ProcessEvent.Kind.TIMER),
            Map.entry("serviceTask", ProcessEvent.Kind.AUTOMATIC),
            Map.entry("noneEndEvent", ProcessEvent.Kind.ENDED));

    /** Unnamed gateways only join paths (no question is asked there): left out. */
    private static final String EVENTS = "select RES.* from ACT_HI_ACTINST RES where RES.PROC_INST_ID_ = #{processInstanceId}"
            + " and RES.END_TIME_ is not null"
            + " and (RES.ACT_TYPE_ in ('startEvent', 'userTask', 'businessRuleTask', 'boundaryTimer', 'intermediateTimer',"
            + " 'startTimerEvent', 'serviceTask', 'noneEndEvent')"
            + " or (RES.ACT_TYPE_ = 'exclusiveGateway' and RES.ACT_NAME_ is not null and RES.ACT_NAME_ <> ''))";
    private static final String BEFORE = " and (RES.END_TIME_, RES.ID_) < (select B.END_TIME_, B.ID_ from ACT_HI_ACTINST B"
            + " where B.ID_ = #{before} and B.PROC_INST_ID_ = #{processInstanceId})";
    private static final String ORDER = " order by RES.END_TIME_ desc, RES.ID_ desc";

    private final HistoryService history;

    ProcessHistory(HistoryService history) {
        this.history = history;
    }

    /**
     * At most {@code limit} events of the process older than the event {@code before} (null: the newest), newest
     * first; none when there is no process yet. An unknown {@code before} gives an empty page.
     */
    @Transactional(readOnly = true)
    public List<ProcessEvent> page(String processInstanceId, String before, int limit) {
        if (processInstanceId == null) {
            return List.of();
        }
        NativeQuery<?, HistoricActivityInstance> query = history.createNativeHistoricActivityInstanceQuery()
                .sql(EVENTS + (before == null ? "" : BEFORE) + ORDER)
                .parameter("processInstanceId", processInstanceId);
        if (before != null) {
            query.parameter("before", before);
        }
        return query.listPage(0, limit).stream().map(ProcessHistory::event).toList();
    }

    private static ProcessEvent event(HistoricActivityInstance a) {
        ProcessEvent.Kind kind = KINDS.getOrDefault(a.getActivityType(), ProcessEvent.Kind.AUTOMATIC);
        return new ProcessEvent(a.getId(), kind, a.getActivityId(), a.getActivityName(), a.getAssignee(),
                a.getEndTime().toInstant(), a.isCanceled());
    }
}
