package io.autocrm.command.macro;

import io.autocrm.access.Caller;
import io.autocrm.access.CurrentCaller;
import io.autocrm.command.ticket.TicketFacts;
import io.autocrm.events.common.TicketId;
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
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code /api/v1/macros}: macros. A personal macro is visible to and changed by its owner only (to anyone else it does
 * not exist: 404 macro-not-found); shared macros are listed for all staff and changed by admins only; customers are
 * refused. Rendering one for a ticket changes nothing: the web app applies it through the ticket endpoints.
 */
@RestController
@RequestMapping("/api/v1/macros")
class MacroController {

    private final Macros macros;
    private final MacroChecks checks;
    private final MacroRendering rendering;
    private final TicketFacts tickets;
    private final CurrentCaller callers;

    MacroController(Macros macros, MacroChecks checks, MacroRendering rendering, TicketFacts tickets,
                    CurrentCaller callers) {
        this.macros = macros;
        this.checks = checks;
        this.rendering = rendering;
        this.tickets = tickets;
        this.callers = callers;
    }

    /** Macros. */
    record MacroList(List<Macro> items) {
    }

    @GetMapping
    @Operation(summary = "The caller's personal macros and every shared macro, by name")
    MacroList list() {
        return new MacroList(macros.visibleTo(MacroAccess.user(callers.caller())));
    }

    @GetMapping("/usage")
    @Operation(summary = "The shared macros, most used first (admins)")
    MacroList usage() {
        MacroAccess.requireAdmin(callers.caller());
        return new MacroList(macros.sharedByUse());
    }

    @PostMapping
    @Operation(summary = "Create a macro (shared macros: admins only)")
    ResponseEntity<Macro> create(@Valid @RequestBody MacroRequest request) {
        Caller caller = callers.caller();
        UUID owner = MacroAccess.editor(caller);
        MacroAccess.requireMayShare(caller, request.shared());
        Macro macro = macros.create(owner, request.name(), request.description(), request.shared(),
                checks.checked(request.actions()));
        return ResponseEntity.created(URI.create("/api/v1/macros/" + macro.id())).body(macro);
    }

    @PutMapping("/{id}")
    @Operation(summary = "Change a macro: one's own personal macro, or (admins) a shared one")
    @Transactional
    Macro update(@PathVariable UUID id, @Valid @RequestBody MacroRequest request) {
        Caller caller = callers.caller();
        UUID editor = MacroAccess.editor(caller);
        Macro macro = macros.find(id).orElseThrow(() -> new MacroNotFound(id));
        MacroAccess.requireMayChange(caller, editor, macro, request.shared());
        return macros.update(id, editor, request.name(), request.description(), request.shared(),
                checks.checked(request.actions()));
    }

    @DeleteMapping("/{id}")
    @Operation(summary = "Delete a macro: one's own personal macro, or (admins) a shared one")
    @Transactional
    ResponseEntity<Void> delete(@PathVariable UUID id) {
        Caller caller = callers.caller();
        UUID editor = MacroAccess.editor(caller);
        Macro macro = macros.find(id).orElseThrow(() -> new MacroNotFound(id));
        MacroAccess.requireMayChange(caller, editor, macro, false);
        macros.delete(id);
        return ResponseEntity.noContent().build();
    }

    @PostMapping("/{id}/render")
    @Operation(summary = "Render a macro for a ticket: its property changes and its text with placeholders filled."
            + " Changes nothing; apply through the ticket endpoints with X-AutoCRM-Macro")
    RenderedMacro render(@PathVariable UUID id, @RequestParam UUID ticketId) {
        Caller caller = callers.caller();
        UUID user = MacroAccess.user(caller);
        Macro macro = macros.find(id).filter(found -> MacroAccess.maySee(user, found))
                .orElseThrow(() -> new MacroNotFound(id));
        TicketFacts.Facts ticket = tickets.find(new TicketId(ticketId))
                .orElseThrow(() -> new io.autocrm.events.common.DomainException(
                        io.autocrm.events.common.ErrorCode.TICKET_NOT_FOUND, "No ticket has this id."));
        return rendering.render(macro, ticket, caller);
    }
}
