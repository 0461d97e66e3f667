package io.autocrm.query.testing;

import io.autocrm.events.common.DomainException;
import io.autocrm.events.common.ErrorCode;
import java.util.Map;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/** What the app's problem-details advice does, in short: a domain error answers its code and the code's status. */
@RestControllerAdvice
public class ProblemAdvice {

    @ExceptionHandler(DomainException.class)
    ResponseEntity<Map<String, Object>> problem(DomainException e) {
        return ResponseEntity.status(status(e.errorCode())).body(Map.of("code", e.errorCode().code(),
                "detail", e.getMessage()));
    }

    /** The statuses the application's {@code ErrorStatus} gives the codes the query endpoints raise. */
    private static int status(ErrorCode code) {
        return switch (code) {
            case VALIDATION_FAILED -> 400;
            case FORBIDDEN, CUSTOMER_ACTION_FORBIDDEN -> 403;
            case NOT_FOUND, TICKET_NOT_FOUND -> 404;
            case READ_MODEL_BEHIND -> 503;
            default -> 422;
        };
    }
}
