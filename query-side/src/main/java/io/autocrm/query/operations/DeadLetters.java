package io.autocrm.query.operations;

import java.util.List;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.messaging.deadletter.SequencedDeadLetterProcessor;
import org.axonframework.messaging.deadletter.SequencedDeadLetterQueue;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;

/**
 * Events a projection could not handle are parked, with the later events of the same ticket queued behind them, so
 * one bad event never stops a processor. This reports them and retries them: on request, and periodically, so a fix
 * that is deployed drains the queue without anyone having to remember it.
 */
@Service
public class DeadLetters {

    private static final Logger log = LoggerFactory.getLogger(DeadLetters.class);

    private final EventProcessingConfiguration processing;

    DeadLetters(EventProcessingConfiguration processing) {
        this.processing = processing;
    }

    /** Parked events per processing group. */
    public record Summary(String processingGroup, long sequences, long letters) {
    }

    public List<Summary> summary() {
        return processing.eventProcessors().keySet().stream().sorted()
                .flatMap(group -> processing.deadLetterQueue(group).stream()
                        .map(queue -> new Summary(group, queue.amountOfSequences(), queue.size())))
                .toList();
    }

    /** Retries every parked sequence once; returns how many sequences now went through. */
    public int retryAll() {
        int processed = 0;
        for (String group : processing.eventProcessors().keySet()) {
            var queue = processing.deadLetterQueue(group);
            var processor = processing.sequencedDeadLetterProcessor(group);
            if (queue.isPresent() && processor.isPresent()) {
                processed += retry(queue.get(), processor.get());
            }
        }
        return processed;
    }

    @Scheduled(initialDelayString = "${autocrm.dead-letters.retry-interval:5m}",
            fixedDelayString = "${autocrm.dead-letters.retry-interval:5m}")
    void retryPeriodically() {
        if (summary().stream().anyMatch(s -> s.letters() > 0)) {
            log.info("Retried dead letters: {} sequences went through", retryAll());
        }
    }

    private static int retry(SequencedDeadLetterQueue<EventMessage<?>> queue,
            SequencedDeadLetterProcessor<EventMessage<?>> processor) {
        int processed = 0;
        long attempts = queue.amountOfSequences();
        for (long i = 0; i < attempts && processor.processAny(); i++) {
            processed++;
        }
        return processed;
    }
}
