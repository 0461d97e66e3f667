package io.autocrm.command.web;

import io.autocrm.events.common.Actor;

/**
 * Who is making the current request. The application implements it (from the authenticated principal once identity
 * exists); command endpoints record it in every command's metadata.
 */
public interface CurrentActor {

    /** The actor of the current request; never null. */
    Actor actor();
}
