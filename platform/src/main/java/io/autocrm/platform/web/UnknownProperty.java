package io.autocrm.platform.web;

/** A request body named a property its type does not declare. The message is written for the API client. */
public class UnknownProperty extends IllegalArgumentException {

    public UnknownProperty(String name) {
        super("Unknown property '" + name + "'.");
    }
}
