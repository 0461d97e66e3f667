package io.autocrm.query.views;

import io.autocrm.access.Caller;
import io.autocrm.access.Role;
import io.autocrm.events.common.ActorType;
import io.autocrm.events.common.DomainException;
import io.autocrm.events.common.ErrorCode;
import java.util.UUID;

/**
 * Who may do what with saved views. Anyone who reads tickets as staff lists their own views and the shared ones (an
 * API key, having no views of its own, lists the shared ones). Only people create and change views: a personal view
 * belongs to its creator alone; shared views are created, changed and deleted by admins only.
 */
final class ViewAccess {

    private ViewAccess() {
    }

    /** The person a listing is for; an API key gets a random id that owns nothing, so it sees shared views only. */
    static UUID lister(Caller caller) {
        return caller.actor().type() == ActorType.USER ? UUID.fromString(caller.actor().id()) : UUID.randomUUID();
    }

    /** The staff member making a change; API keys and customers may not. */
    static UUID editor(Caller caller) {
        if (caller.actor().type() != ActorType.USER || caller.role() == null || !caller.role().isStaff()) {
            throw forbidden("Only agents and admins keep saved views.");
        }
        return UUID.fromString(caller.actor().id());
    }

    /** Refuses a change of (or to) a shared view by a non-admin, and any change of someone else's personal view. */
    static void requireMayChange(Caller caller, UUID editor, SavedView view, boolean sharedAfter) {
        if (!view.shared() && !view.ownerId().equals(editor.toString())) {
            throw SavedViews.notFound(view.id());
        }
        requireMayShare(caller, view.shared() || sharedAfter);
    }

    static void requireMayShare(Caller caller, boolean shared) {
        if (shared && caller.role() != Role.ADMIN) {
            throw forbidden("Only admins create and change shared views.");
        }
    }

    private static DomainException forbidden(String detail) {
        return new DomainException(ErrorCode.FORBIDDEN, detail);
    }
}
