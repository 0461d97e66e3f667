package io.autocrm.app.readmodel;

import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** Admin API of the read models: progress of each processor, and a full rebuild by replay. */
@RestController
@RequestMapping("/api/v1/admin/read-models")
class ReadModelAdminController {

    private final ReadModelRebuild rebuild;

    ReadModelAdminController(ReadModelRebuild rebuild) {
        this.rebuild = rebuild;
    }

    @GetMapping
    List<ProcessorProgress> progress() {
        return rebuild.progress();
    }

    /** Drops the read-model schema and replays every event; poll {@code GET} until every processor is up to date. */
    @PostMapping("/rebuild")
    @ResponseStatus(HttpStatus.ACCEPTED)
    List<ProcessorProgress> rebuild() {
        return rebuild.rebuild();
    }
}
