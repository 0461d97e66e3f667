package io.autocrm.app.web;

import io.autocrm.command.web.CurrentActor;
import io.autocrm.events.common.Actor;
import io.autocrm.events.common.ActorType;
import org.springframework.stereotype.Component;

/**
 * The actor of a request until identity and access land (issue 3): every REST call is recorded as made through the
 * unauthenticated API, so the audit trail never claims a person it cannot prove.
 */
@Component
class UnauthenticatedActor implements CurrentActor {

    static final Actor ANONYMOUS_API = new Actor(ActorType.API_KEY, "unauthenticated");

    @Override
    public Actor actor() {
        return ANONYMOUS_API;
    }
}
