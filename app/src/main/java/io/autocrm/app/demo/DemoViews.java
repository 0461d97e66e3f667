package io.autocrm.app.demo;

import io.autocrm.query.views.SavedViews;
import io.autocrm.query.views.ViewFilters;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * The demo's shared queue views, made by the admin, so that a new agent finds a couple beside the built-in ones:
 * urgent work first, and tickets waiting on customers longest first.
 */
final class DemoViews {

    private DemoViews() {
    }

    static void create(SavedViews views, UUID admin) {
        views.create(admin, "Urgent and high priority", true, filters(List.of("new", "open"),
                List.of("urgent", "high")), List.of("number", "subject", "requester", "organisation", "priority",
                "status", "assignee", "updatedAt"), "-priority");
        views.create(admin, "Waiting on customers", true, filters(List.of("pending"), List.of()),
                List.of("number", "subject", "requester", "status", "assignee", "team", "updatedAt"), "updatedAt");
    }

    private static ViewFilters filters(List<String> categories, List<String> priorities) {
        return new ViewFilters(null, categories, priorities, null, null, null, null, null, null, null, null, null,
                null, null, null, Map.of());
    }
}
