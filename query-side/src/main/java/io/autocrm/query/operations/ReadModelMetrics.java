package io.autocrm.query.operations;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.MeterBinder;
import org.axonframework.config.EventProcessingConfiguration;
import org.springframework.stereotype.Component;

/**
 * How far behind the event store each projection is, and how many events are parked, as Prometheus gauges
 * ({@code autocrm_read_model_lag_events}, {@code autocrm_read_model_dead_letters}). Axon's own Micrometer module is not
 * available in our registry, so these are read from the processors and the store directly.
 */
@Component
class ReadModelMetrics implements MeterBinder {

    private final ReadModelRebuild progress;
    private final EventProcessingConfiguration processing;

    ReadModelMetrics(ReadModelRebuild progress, EventProcessingConfiguration processing) {
        this.progress = progress;
        this.processing = processing;
    }

    @Override
    public void bindTo(MeterRegistry registry) {
        for (String processor : processing.eventProcessors().keySet()) {
            Gauge.builder("autocrm.read_model.lag", () -> lag(processor)).baseUnit("events")
                    .description("Events in the store that the processor has not yet applied")
                    .tag("processor", processor).register(registry);
            Gauge.builder("autocrm.read_model.dead_letters", () -> letters(processor))
                    .description("Events parked because the projection could not handle them")
                    .tag("processor", processor).register(registry);
        }
    }

    /** One query (the store's head) per scrape and processor. */
    private double lag(String processor) {
        return progress.progress(processor)
                .map(p -> (double) Math.max(0, p.head() - (p.position() == null ? 0 : p.position())))
                .orElse(Double.NaN);
    }

    /** One count per scrape and processor. */
    private double letters(String processor) {
        return processing.deadLetterQueue(processor).map(queue -> (double) queue.size()).orElse(0.0);
    }
}
