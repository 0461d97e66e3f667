package io.autocrm.platform.web;

import com.fasterxml.jackson.annotation.JsonAnySetter;

/**
 * Implemented by request bodies that refuse properties they do not know, whatever the mapper's global setting: a
 * typo in a field name is a malformed request (400), never a silently ignored change.
 */
public interface StrictJson {

    /** Called by Jackson for a property the request type does not declare. */
    @JsonAnySetter
    default void rejectUnknownProperty(String name, Object value) {
        throw new UnknownProperty(name);
    }
}
