package io.autocrm.access;

/**
 * Asks again, while a long-lived response (a live stream) runs, whether the caller who opened it still stands as they
 * did: the application implements it from the current state of logins and API keys. A response whose caller no
 * longer stands ends, and the client's next request is judged afresh.
 */
@FunctionalInterface
public interface CallerRecheck {

    /**
     * Whether {@code caller}, as resolved when the response began, still may see what it saw: for a person, the
     * login is still enabled with the same role, customer and shared organisation; for an API key, the key is neither
     * revoked nor expired and keeps its scopes.
     */
    boolean stillStands(Caller caller);
}
