package io.autocrm.access;

/**
 * The caller of the current request. The application implements it from the authenticated principal; the command
 * and query sides ask it for the actor to record and for what the caller may see and do.
 */
public interface CurrentCaller {

    /** The caller of the current request; never null (the system outside a request). */
    Caller caller();
}
