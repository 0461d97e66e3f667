package io.autocrm.query.testing;

import io.autocrm.events.common.DomainException;
import java.util.Map;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/** What the app's problem-details advice does, in short: a domain error answers its status and code. */
@RestControllerAdvice
public class ProblemAdvice {

    @ExceptionHandler(DomainException.class)
    ResponseEntity<Map<String, Object>> problem(DomainException e) {
        return ResponseEntity.status(e.errorCode().status()).body(Map.of("code", e.errorCode().code(),
                "detail", e.getMessage()));
    }
}
