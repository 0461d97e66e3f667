package io.autocrm.command.api;

import io.autocrm.events.common.DomainException;
import java.util.Map;
import org.axonframework.modelling.command.ConflictingModificationException;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/**
 * Stands in for the application's problem-detail advice in these tests: a domain error answers its code's status and
 * code; a stale version answers 409. Spring's defaults answer 400 for malformed and invalid bodies.
 */
@RestControllerAdvice
class TestProblemAdvice {

    @ExceptionHandler(DomainException.class)
    ResponseEntity<Map<String, String>> domain(DomainException e) {
        return ResponseEntity.status(e.errorCode().status())
                .body(Map.of("code", e.errorCode().code(), "detail", String.valueOf(e.getMessage())));
    }

    @ExceptionHandler(ConflictingModificationException.class)
    ResponseEntity<Map<String, String>> conflict(ConflictingModificationException e) {
        return ResponseEntity.status(409).body(Map.of("code", "version-conflict"));
    }
}
