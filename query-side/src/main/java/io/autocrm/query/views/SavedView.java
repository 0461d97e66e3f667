package io.autocrm.query.views;

import java.time.Instant;
import java.util.List;

/**
 * A saved view as the API shows it. {@code ownerId} is the agent who created it; {@code shared} views are listed for
 * every agent and changed by admins only. {@code columns} name the queue's columns in order ({@code cf.<key>} for a
 * custom field); {@code sort} is a queue sort such as {@code -updatedAt}.
 */
public record SavedView(String id, String name, String ownerId, boolean shared, ViewFilters filters,
                        List<String> columns, String sort, Instant createdAt, Instant updatedAt) {
}
