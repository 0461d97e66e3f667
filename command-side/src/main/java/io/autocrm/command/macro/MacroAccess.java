package io.autocrm.command.macro;

import io.autocrm.access.Caller;
import io.autocrm.access.Role;
import io.autocrm.events.common.ActorType;
import io.autocrm.events.common.DomainException;
import io.autocrm.events.common.ErrorCode;
import java.util.UUID;

/**
 * Who may do what with macros. Staff list their own macros and the shared ones (an API key, having none of its own,
 * lists the shared ones); customers never see any. Only people create and change macros: a personal macro belongs to
 * its creator alone (to anyone else it does not exist); shared ones are created, changed and deleted by admins.
 */
final class MacroAccess {

    private MacroAccess() {
    }

    /** Whose macros a listing or an application may use; a random id for an API key, which owns none. */
    static UUID user(Caller caller) {
        if (caller.isCustomer()) {
            throw forbidden("Customers do not use macros.");
        }
        return caller.actor().type() == ActorType.USER ? UUID.fromString(caller.actor().id()) : UUID.randomUUID();
    }

    /** The staff member making a change; API keys and customers may not. */
    static UUID editor(Caller caller) {
        if (caller.actor().type() != ActorType.USER || caller.role() == null || !caller.role().isStaff()) {
            throw forbidden("Only agents and admins keep macros.");
        }
        return UUID.fromString(caller.actor().id());
    }

    static boolean maySee(UUID user, Macro macro) {
        return macro.shared() || macro.ownerId().equals(user.toString());
    }

    /** Refuses a change of (or to) a shared macro by a non-admin, and any change of someone else's personal one. */
    static void requireMayChange(Caller caller, UUID editor, Macro macro, boolean sharedAfter) {
        if (!maySee(editor, macro)) {
            throw new MacroNotFound(macro.id());
        }
        requireMayShare(caller, macro.shared() || sharedAfter);
    }

    static void requireMayShare(Caller caller, boolean shared) {
        if (shared && caller.role() != Role.ADMIN) {
            throw forbidden("Only admins create and change shared macros.");
        }
    }

    static void requireAdmin(Caller caller) {
        if (caller.role() != Role.ADMIN && !caller.has(io.autocrm.access.Scope.ADMIN)) {
            throw forbidden("Only admins see every macro's use.");
        }
    }

    private static DomainException forbidden(String detail) {
        return new DomainException(ErrorCode.FORBIDDEN, detail);
    }
}
