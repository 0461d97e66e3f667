package io.autocrm.command.ticket;

import io.autocrm.command.access.CustomerActionForbidden;
import io.autocrm.command.directory.CustomFieldCatalog;
import io.autocrm.command.directory.CustomFieldDefinition;
import io.autocrm.events.common.CustomerId;
import io.autocrm.events.common.DomainException;
import io.autocrm.platform.web.RequestIds;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;

/**
 * What a customer may ask for when opening a ticket: subject, description, channel, the type of request (question,
 * incident, problem or task, as a portal's request form asks) and the custom fields customers see, always as its
 * requester. Status, priority, assignee, team and tags are for staff to set. A field that is
 * hidden from customers is refused just like one that does not exist, so customers cannot probe for hidden fields.
 * Required fields customers see must have a value (staff are held to required fields only when they solve).
 * Checked before anything else about the request, and before its idempotency key is claimed.
 */
@Component
class CustomerRequests {

    private static final String FIELD_KEY = "^[a-z][a-z0-9_]{0,63}$";
    private final CustomFieldCatalog fields;

    CustomerRequests(CustomFieldCatalog fields) {
        this.fields = fields;
    }

    /**
     * The request of customer {@code self}, with them as its requester.
     *
     * @throws DomainException CUSTOMER_ACTION_FORBIDDEN naming the first member a customer may not set
     */
    CreateTicketRequest asRequester(CreateTicketRequest request, CustomerId self) {
        refuseIf(request.requester() != null, "requester");
        refuseIf(request.requesterId() != null
                && !self.equals(RequestIds.optional(request.requesterId(), "requesterId", CustomerId::new)),
                "requesterId");
        refuseIf(request.status() != null, "status");
        refuseIf(request.priority() != null, "priority");
        refuseIf(request.assigneeId() != null, "assigneeId");
        refuseIf(request.teamId() != null, "teamId");
        refuseIf(request.tags() != null, "tags");
        requireVisible(request.customFields());
        requireRequired(request.customFields());
        return request.forRequester(self);
    }

    /**
     * Refuses a request without a value in a required field customers see (an active one: inactive fields never
     * count).
     *
     * @throws RequiredFieldMissing naming the fields without value
     */
    private void requireRequired(Map<String, Object> customFields) {
        Map<String, List<String>> raw = customFields == null ? Map.of() : CustomFieldInput.raw(customFields);
        List<String> missing = fields.required().stream().filter(CustomFieldDefinition::customerVisible)
                .map(CustomFieldDefinition::key)
                .filter(key -> CustomFieldDefinition.isClear(raw.get(key))).toList();
        if (!missing.isEmpty()) {
            throw RequiredFieldMissing.toOpen(missing);
        }
    }

    private void requireVisible(Map<String, Object> customFields) {
        if (customFields == null) {
            return;
        }
        for (String key : customFields.keySet()) {
            if (fields.find(key).filter(CustomFieldDefinition::customerVisible).isEmpty()) {
                throw forbidden(key.matches(FIELD_KEY) ? "custom field '" + key + "'" : "this custom field");
            }
        }
    }

    private static void refuseIf(boolean given, String member) {
        if (given) {
            throw forbidden("'" + member + "'");
        }
    }

    private static CustomerActionForbidden forbidden(String what) {
        return new CustomerActionForbidden("Customers cannot set " + what + ".");
    }
}
