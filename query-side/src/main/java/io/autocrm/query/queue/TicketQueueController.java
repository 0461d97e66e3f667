package io.autocrm.query.queue;

import io.autocrm.access.CurrentCaller;
import io.autocrm.query.support.CustomerViewRules;
import io.autocrm.query.support.CustomerViewRulesReader;
import io.autocrm.query.support.Viewer;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.enums.ParameterIn;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code GET /api/v1/tickets}: the ticket queue. Filters {@code status}, {@code category}, {@code priority},
 * {@code type}, {@code channel}, {@code tag} (repeatable; tags must all match), {@code assigneeId} and {@code teamId}
 * (a UUID or {@code none}), {@code requesterId}, {@code cf.<fieldKey>=<value>}, {@code q} (full text on subject and
 * messages), {@code createdAfter}/{@code createdBefore}/{@code updatedAfter}/{@code updatedBefore} (ISO-8601,
 * after inclusive, before exclusive); {@code sort} ({@code updatedAt}, {@code createdAt}, {@code priority},
 * {@code number}, {@code -} for descending; default {@code -updatedAt}); {@code cursor}; {@code limit} (1-100, 25).
 * Customers get only the tickets they may see, in the customer view ({@link CustomerQueuePage}), and may use only the
 * filters and sorts on what that view shows ({@link CustomerQueueLimits}); full text then searches only the subject and
 * the public conversation.
 */
@RestController
class TicketQueueController {

    private final QueueReader reader;
    private final CurrentCaller callers;
    private final CustomerViewRulesReader customerViewRules;

    TicketQueueController(QueueReader reader, CurrentCaller callers, CustomerViewRulesReader customerViewRules) {
        this.reader = reader;
        this.callers = callers;
        this.customerViewRules = customerViewRules;
    }

    @GetMapping("/api/v1/tickets")
    @Operation(summary = "The ticket queue: filtered, sorted, a page at a time (keyset cursor)",
            description = "Customers get the tickets they may see, as `CustomerQueuePage`; filtering or sorting by "
                    + "what the customer view hides (priority, type, channel, assigneeId, teamId, tag, internal "
                    + "custom fields) answers 403 customer-action-forbidden.")
    @ApiResponse(responseCode = "200", content = @Content(schema = @Schema(oneOf = {QueuePage.class,
            CustomerQueuePage.class})))
    @QueueFilterParameters
    @QueuePageParameters
    @Parameter(in = ParameterIn.QUERY, name = "q", description = "Full text over subject and messages",
            schema = @Schema(type = "string"))
    @Parameter(in = ParameterIn.QUERY, name = "cursor", description = "`nextCursor` of the previous page",
            schema = @Schema(type = "string"))
    Object queue(@Parameter(hidden = true) @RequestParam MultiValueMap<String, String> params) {
        Viewer viewer = Viewer.of(callers.caller());
        FindTicketQueueQuery query = QueueParams.forQueue(params, viewer);
        if (!viewer.isCustomer()) {
            return reader.page(query);
        }
        CustomerViewRules rules = customerViewRules.current();
        CustomerQueueLimits.check(query, rules);
        return CustomerQueuePage.of(reader.page(query), rules);
    }

    @GetMapping("/api/v1/tickets/count")
    @Operation(summary = "How many tickets the queue's filters select, as the caller may see them",
            description = "The queue's filters with the queue's semantics and visibility; `sort`, `cursor` and "
                    + "`limit` are refused as unknown parameters.")
    @QueueFilterParameters
    @Parameter(in = ParameterIn.QUERY, name = "q", description = "Full text over subject and messages",
            schema = @Schema(type = "string"))
    TicketCount count(@Parameter(hidden = true) @RequestParam MultiValueMap<String, String> params) {
        Viewer viewer = Viewer.of(callers.caller());
        FindTicketQueueQuery query = QueueParams.forCount(params, viewer);
        if (viewer.isCustomer()) {
            CustomerQueueLimits.check(query, customerViewRules.current());
        }
        return new TicketCount(reader.count(query));
    }

    /** The answer of the count: how many tickets the filters select. */
    record TicketCount(long count) {
    }
}
