package io.autocrm.identity.caller;

import io.autocrm.access.Caller;
import io.autocrm.access.CurrentCaller;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestContextHolder;

/**
 * The caller the security chain authenticated for this request (a person's JWT, a service client's JWT or an API
 * key). Outside any HTTP request (timers, projections, demo seeding) it is AutoCRM itself; inside one without an
 * authenticated caller it refuses, rather than acting as the system: such a request should never have got this far.
 */
@Component
public class RequestCaller implements CurrentCaller {

    @Override
    public Caller caller() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication instanceof CallerAuthentication callerAuthentication) {
            return callerAuthentication.caller();
        }
        if (RequestContextHolder.getRequestAttributes() != null) {
            throw new IllegalStateException("No authenticated caller in this HTTP request");
        }
        return Caller.SYSTEM;
    }
}
