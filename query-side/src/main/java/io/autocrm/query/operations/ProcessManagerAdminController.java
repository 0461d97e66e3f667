package io.autocrm.query.operations;

import io.swagger.v3.oas.annotations.Operation;
import java.util.List;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Admin API of the command side's process managers (routing, SLA policies, triggers and automations, assignment):
 * how far each has come in the event stream. They are no read models: a rebuild neither stops nor replays them, so
 * they are reported apart. After an upgrade that adds one, it folds the whole history once; this shows how far.
 */
@RestController
class ProcessManagerAdminController {

    private final ReadModelRebuild processors;

    ProcessManagerAdminController(ReadModelRebuild processors) {
        this.processors = processors;
    }

    @Operation(summary = "The process managers' progress in the event stream")
    @GetMapping("/api/v1/admin/process-managers")
    List<ProcessorProgress> progress() {
        return processors.processManagerProgress();
    }
}
