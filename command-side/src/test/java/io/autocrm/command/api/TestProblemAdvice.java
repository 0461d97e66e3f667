package io.autocrm.command.api;

import io.autocrm.events.common.DomainException;
import io.autocrm.events.common.ErrorCode;
import io.autocrm.platform.web.ErrorStatus;
import java.util.Map;
import org.axonframework.modelling.command.ConflictingModificationException;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;

/**
 * Stands in for the application's problem-detail advice in these tests: a domain error answers its code and the
 * status the application's web edge gives it, also for a path id that names nothing; a stale version answers 409.
 * Spring's defaults answer 400 for malformed and invalid bodies.
 */
@RestControllerAdvice
class TestProblemAdvice {

    @ExceptionHandler(DomainException.class)
    ResponseEntity<Map<String, String>> domain(DomainException e) {
        return ResponseEntity.status(status(e.errorCode()))
                .body(Map.of("code", e.errorCode().code(), "detail", String.valueOf(e.getMessage())));
    }

    /** A path id that names nothing answers its resource's not-found code, as in the application. */
    @ExceptionHandler(MethodArgumentTypeMismatchException.class)
    ResponseEntity<Map<String, String>> typeMismatch(MethodArgumentTypeMismatchException e) {
        if (e.getParameter().hasParameterAnnotation(PathVariable.class)
                && e.getMostSpecificCause() instanceof DomainException notFound) {
            return domain(notFound);
        }
        return ResponseEntity.badRequest().body(Map.of("code", "validation-failed"));
    }

    @ExceptionHandler(ConflictingModificationException.class)
    ResponseEntity<Map<String, String>> conflict(ConflictingModificationException e) {
        return ResponseEntity.status(409).body(Map.of("code", "version-conflict"));
    }

    /** The status the application's web edge gives a code. */
    private static int status(ErrorCode code) {
        return ErrorStatus.of(code).value();
    }
}
