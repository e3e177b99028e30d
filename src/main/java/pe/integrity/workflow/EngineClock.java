package pe.integrity.workflow;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The application's one clock is the engine's: "today" for the rules (overdue measures, deadline notices,
 * report dates) is the same instant the BPMN timers see, so a test that moves Camunda's {@link ClockUtil}
 * moves both. In production ClockUtil is the system time.
 */
@Configuration(proxyBeanMethods = false)
class EngineClock {

    @Bean
    Clock clock() {
        return new EngineTime(ZoneId.systemDefault());
    }

    private static final class EngineTime extends Clock {

        private final ZoneId zone;

        EngineTime(ZoneId zone) {
            this.zone = zone;
        }

        @Override
        public ZoneId getZone() {
            return zone;
        }

        @Override
        public Clock withZone(ZoneId other) {
            return new EngineTime(other);
        }

        @Override
        public Instant instant() {
            return ClockUtil.now().toInstant();
        }
    }
}
