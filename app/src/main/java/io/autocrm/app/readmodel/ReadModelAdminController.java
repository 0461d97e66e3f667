package io.autocrm.app.readmodel;

import io.swagger.v3.oas.annotations.Operation;
import java.util.List;
import org.springframework.context.annotation.Profile;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** Admin API of the read models: progress of each processor, parked events, and a full rebuild by replay. */
@RestController
@RequestMapping("/api/v1/admin/read-models")
@Profile("!command")
class ReadModelAdminController {

    private final ReadModelRebuild rebuild;
    private final DeadLetters deadLetters;

    ReadModelAdminController(ReadModelRebuild rebuild, DeadLetters deadLetters) {
        this.rebuild = rebuild;
        this.deadLetters = deadLetters;
    }

    @Operation(summary = "Read-model progress per processor")
    @GetMapping
    List<ProcessorProgress> progress() {
        return rebuild.progress();
    }

    /** Events a projection could not handle, parked per processing group. */
    @Operation(summary = "Events parked by the projections")
    @GetMapping("/dead-letters")
    List<DeadLetters.Summary> deadLetters() {
        return deadLetters.summary();
    }

    /** Retries every parked sequence now; answers what is still parked. */
    @Operation(summary = "Retry the parked events now")
    @PostMapping("/dead-letters/retry")
    List<DeadLetters.Summary> retryDeadLetters() {
        deadLetters.retryAll();
        return deadLetters.summary();
    }

    /** Drops the read-model schema and replays every event; poll {@code GET} until every processor is up to date. */
    @Operation(summary = "Rebuild every read model from the event store")
    @PostMapping("/rebuild")
    @ResponseStatus(HttpStatus.ACCEPTED)
    List<ProcessorProgress> rebuild() {
        return rebuild.rebuild();
    }
}
