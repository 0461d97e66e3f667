package io.autocrm.platform.web;

import io.autocrm.events.common.DomainException;
import io.autocrm.events.common.ErrorCode;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.ConstraintViolationException;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.axonframework.commandhandling.CommandExecutionException;
import org.axonframework.modelling.command.AggregateNotFoundException;
import org.axonframework.modelling.command.ConcurrencyException;
import org.axonframework.modelling.command.ConflictingModificationException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.TransientDataAccessException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.validation.BindingResult;
import org.springframework.web.ErrorResponse;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.ServletWebRequest;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.method.annotation.HandlerMethodValidationException;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.multipart.MultipartException;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;

/**
 * Every error leaves AutoCRM as an RFC 9457 problem detail with a stable {@code code}. Business rules arrive as
 * {@link DomainException}s; framework failures are mapped here; anything unexpected is a 500 that names a log
 * reference and reveals nothing else.
 */
@RestControllerAdvice
class ProblemDetailsAdvice extends ResponseEntityExceptionHandler {

    private static final Logger log = LoggerFactory.getLogger(ProblemDetailsAdvice.class);

    @ExceptionHandler(DomainException.class)
    ResponseEntity<ProblemDetail> domain(DomainException e) {
        return respond(Problems.of(e.errorCode(), e.getMessage()));
    }

    @ExceptionHandler(CommandExecutionException.class)
    ResponseEntity<ProblemDetail> commandExecution(CommandExecutionException e, HttpServletResponse response) {
        if (e.getCause() instanceof DomainException domain) {
            return domain(domain);
        }
        return unexpected(e, response);
    }

    /** A stale If-Match (Axon's version check) or a concurrent append to the same stream. */
    @ExceptionHandler({ConflictingModificationException.class, ConcurrencyException.class})
    ResponseEntity<ProblemDetail> conflict(RuntimeException e) {
        return respond(Problems.of(ErrorCode.VERSION_CONFLICT,
                "The ticket was changed by someone else since the version you sent; read it again and retry."));
    }

    @ExceptionHandler(AggregateNotFoundException.class)
    ResponseEntity<ProblemDetail> aggregateNotFound(AggregateNotFoundException e) {
        return respond(Problems.of(ErrorCode.NOT_FOUND, "No such resource: " + e.getAggregateIdentifier()));
    }

    /**
     * A multipart body the container cannot parse (no boundary, truncated parts): Spring MVC parses multipart bodies
     * before it picks a handler, so this reaches every path; a well-formed one meets the handlers, which take JSON
     * only, and answers 415. Too large a multipart body is a 413 like any other.
     */
    @ExceptionHandler(MultipartException.class)
    ResponseEntity<ProblemDetail> unreadableMultipart(MultipartException e) {
        if (e instanceof MaxUploadSizeExceededException || causedByTooLargeBody(e)) {
            return respond(Problems.of(ErrorCode.PAYLOAD_TOO_LARGE, "The request body is too large."));
        }
        log.debug("Unreadable multipart body: {}", e.getMessage());
        return respond(Problems.of(ErrorCode.MALFORMED_REQUEST,
                "The multipart body could not be read; this API reads application/json."));
    }

    @ExceptionHandler(ConstraintViolationException.class)
    ResponseEntity<ProblemDetail> constraintViolation(ConstraintViolationException e) {
        var errors = e.getConstraintViolations().stream()
                .map(v -> Map.of("field", String.valueOf(v.getPropertyPath()), "message", v.getMessage())).toList();
        return respond(Problems.withErrors(Problems.of(ErrorCode.VALIDATION_FAILED, "The request is invalid."), errors));
    }

    /** A path id that is no id names no resource ({@link IdParameters}); any other unconvertible value is invalid. */
    @ExceptionHandler(MethodArgumentTypeMismatchException.class)
    ResponseEntity<ProblemDetail> typeMismatch(MethodArgumentTypeMismatchException e) {
        if (e.getParameter().hasParameterAnnotation(PathVariable.class)
                && e.getMostSpecificCause() instanceof DomainException notFound) {
            return domain(notFound);
        }
        return respond(Problems.of(ErrorCode.VALIDATION_FAILED,
                "Parameter '" + e.getName() + "' has an invalid value."));
    }

    /** Lock timeouts, deadlocks, serialization failures: the database is up but the request lost a race. */
    @ExceptionHandler(TransientDataAccessException.class)
    ResponseEntity<ProblemDetail> transientFailure(TransientDataAccessException e, HttpServletResponse response) {
        if (DatabaseOutage.causedBy(e) || DatabaseOutage.busy(e)) {
            return unexpected(e, response);
        }
        log.info("Transient database failure: {}", e.getMessage());
        return retryLater("The request collided with concurrent work; retry shortly.");
    }

    /**
     * Anything else: a database outage, however deeply Axon or the pool wrapped it, is a 503
     * {@code service-unavailable}, a pool that stayed exhausted is a 503 {@code service-busy}, a read in the moment a
     * rebuild recreates the read-model schema a 503 {@code read-model-behind}; the rest is a 500
     * that names a log reference. Nothing is written into a response already streaming (a live SSE stream).
     */
    @ExceptionHandler(Exception.class)
    ResponseEntity<ProblemDetail> unexpected(Exception e, HttpServletResponse response) {
        if (response.isCommitted()) {
            log.debug("Failure after the response was committed: {}", e.toString());
            return null;
        }
        if (DatabaseOutage.busy(e)) {
            log.info("Too busy: {}", e.getMessage());
            return busy();
        }
        if (DatabaseOutage.causedBy(e)) {
            log.warn("Database unavailable: {}", e.getMessage());
            return retryLater("The database is unavailable; retry shortly.");
        }
        if (ReadModelsRecreated.causedBy(e)) {
            log.info("Read during a read-model rebuild: {}", e.getMessage());
            return ResponseEntity.status(503).header(HttpHeaders.RETRY_AFTER, "2").body(Problems.of(
                    ErrorCode.READ_MODEL_BEHIND, "The read models are being rebuilt; retry in a moment."));
        }
        String reference = UUID.randomUUID().toString();
        log.error("Unexpected error, reference {}", reference, e);
        ProblemDetail problem = Problems.of(ErrorCode.INTERNAL_ERROR, "Something went wrong on our side.");
        problem.setProperty("reference", reference);
        return respond(problem);
    }

    @Override
    protected ResponseEntity<Object> handleMethodArgumentNotValid(MethodArgumentNotValidException e,
            HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        ProblemDetail problem = Problems.withErrors(
                Problems.of(ErrorCode.VALIDATION_FAILED, "The request is invalid."), fieldErrors(e.getBindingResult()));
        return new ResponseEntity<>(problem, headers, problem.getStatus());
    }

    @Override
    protected ResponseEntity<Object> handleHandlerMethodValidationException(HandlerMethodValidationException e,
            HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        var errors = e.getParameterValidationResults().stream()
                .flatMap(r -> r.getResolvableErrors().stream().map(err -> Map.of(
                        "field", r.getMethodParameter().getParameterName() + "",
                        "message", String.valueOf(err.getDefaultMessage()))))
                .toList();
        ProblemDetail problem = Problems.withErrors(Problems.of(ErrorCode.VALIDATION_FAILED, "The request is invalid."), errors);
        return new ResponseEntity<>(problem, headers, problem.getStatus());
    }

    /** Every other Spring MVC failure keeps Spring's status and detail and gains the stable code of that status. */
    @Override
    protected ResponseEntity<Object> handleExceptionInternal(Exception e, Object body, HttpHeaders headers,
            HttpStatusCode status, WebRequest request) {
        if (request instanceof ServletWebRequest servlet && servlet.getResponse() != null
                && servlet.getResponse().isCommitted()) {
            // Already answered (a body over the limit, read in chunks, gets its 413 while Jackson reads it): a
            // client's doing, so no warning per request for anyone to fill the log with.
            log.debug("Failure after the response was committed: {}", e.toString());
            return null;
        }
        if (causedByTooLargeBody(e)) {
            ErrorCode code = ErrorCode.PAYLOAD_TOO_LARGE;
            return new ResponseEntity<>(Problems.of(code, RequestTooLarge.detail(limitOf(e))), headers, ErrorStatus.of(code));
        }
        ProblemDetail problem = body instanceof ProblemDetail given ? given
                : e instanceof ErrorResponse response ? response.getBody() : ProblemDetail.forStatus(status);
        ErrorCode code = e instanceof HttpMessageNotReadableException ? ErrorCode.MALFORMED_REQUEST : codeFor(status);
        if (code == ErrorCode.MALFORMED_REQUEST) {
            problem.setDetail(JsonErrors.describe(e));
        }
        return new ResponseEntity<>(Problems.withCode(problem, code), headers, status);
    }

    private static ErrorCode codeFor(HttpStatusCode status) {
        return Problems.codeFor(status.value());
    }

    /** The body limit trips inside Jackson, which wraps it, which Spring wraps again: look all the way down. */
    private static boolean causedByTooLargeBody(Throwable e) {
        return limitOf(e) > 0;
    }

    private static long limitOf(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof RequestTooLarge tooLarge) {
                return tooLarge.limit();
            }
        }
        return 0;
    }

    private static List<Map<String, String>> fieldErrors(BindingResult result) {
        return result.getFieldErrors().stream()
                .map(f -> Map.of("field", f.getField(), "message", String.valueOf(f.getDefaultMessage())))
                .toList();
    }

    private static ResponseEntity<ProblemDetail> retryLater(String detail) {
        return ResponseEntity.status(503).header(HttpHeaders.RETRY_AFTER, "5")
                .body(Problems.of(ErrorCode.SERVICE_UNAVAILABLE, detail));
    }

    /** Every database connection stayed in use for the pool's connection timeout: overload, not an outage. */
    private static ResponseEntity<ProblemDetail> busy() {
        return ResponseEntity.status(503).header(HttpHeaders.RETRY_AFTER, DatabaseOutage.BUSY_RETRY_AFTER)
                .body(Problems.of(ErrorCode.SERVICE_BUSY, DatabaseOutage.BUSY_DETAIL));
    }

    private static ResponseEntity<ProblemDetail> respond(ProblemDetail problem) {
        return ResponseEntity.status(problem.getStatus()).body(problem);
    }
}
