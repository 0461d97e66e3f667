package io.autocrm.query.views;

import io.autocrm.access.Caller;
import io.autocrm.access.CurrentCaller;
import io.swagger.v3.oas.annotations.Operation;
import jakarta.validation.Valid;
import java.net.URI;
import java.util.List;
import java.util.UUID;
import org.springframework.http.ResponseEntity;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code /api/v1/views}: saved queue views. A personal view is visible to and changed by its owner only (to anyone
 * else it does not exist: 404 view-not-found); shared views are listed for all staff and changed by admins only.
 */
@RestController
@RequestMapping("/api/v1/views")
class SavedViewController {

    private final SavedViews views;
    private final CurrentCaller callers;

    SavedViewController(SavedViews views, CurrentCaller callers) {
        this.views = views;
        this.callers = callers;
    }

    /** The caller's views. */
    record ViewList(List<SavedView> items) {
    }

    @GetMapping
    @Operation(summary = "The caller's personal views and every shared view, by name")
    ViewList list() {
        return new ViewList(views.visibleTo(ViewAccess.lister(callers.caller())));
    }

    @PostMapping
    @Operation(summary = "Save a view (shared views: admins only)")
    ResponseEntity<SavedView> create(@Valid @RequestBody ViewRequest request) {
        Caller caller = callers.caller();
        UUID owner = ViewAccess.editor(caller);
        ViewAccess.requireMayShare(caller, request.shared());
        SavedView view = views.create(owner, request.name(), request.shared(), request.filters(), request.columns(),
                request.sort());
        return ResponseEntity.created(URI.create("/api/v1/views/" + view.id())).body(view);
    }

    @PutMapping("/{id}")
    @Operation(summary = "Change a view: one's own personal view, or (admins) a shared one")
    @Transactional
    SavedView update(@PathVariable UUID id, @Valid @RequestBody ViewRequest request) {
        Caller caller = callers.caller();
        UUID editor = ViewAccess.editor(caller);
        SavedView view = views.find(id).orElseThrow(() -> SavedViews.notFound(id));
        ViewAccess.requireMayChange(caller, editor, view, request.shared());
        return views.update(id, editor, request.name(), request.shared(), request.filters(), request.columns(),
                request.sort());
    }

    @DeleteMapping("/{id}")
    @Operation(summary = "Delete a view: one's own personal view, or (admins) a shared one")
    @Transactional
    ResponseEntity<Void> delete(@PathVariable UUID id) {
        Caller caller = callers.caller();
        UUID editor = ViewAccess.editor(caller);
        SavedView view = views.find(id).orElseThrow(() -> SavedViews.notFound(id));
        ViewAccess.requireMayChange(caller, editor, view, false);
        views.delete(id);
        return ResponseEntity.noContent().build();
    }
}
