package io.autocrm.command.ticket;

import io.autocrm.command.access.Memberships;
import io.autocrm.command.access.Memberships.Membership;
import io.autocrm.command.customer.CustomerRegistry;
import io.autocrm.command.customer.CustomerStanding;
import io.autocrm.command.directory.CustomFieldCatalog;
import io.autocrm.command.directory.CustomFieldDefinition;
import io.autocrm.command.directory.FieldOption;
import io.autocrm.command.directory.StatusCatalog;
import io.autocrm.command.directory.StatusDefinition;
import io.autocrm.events.common.AgentId;
import io.autocrm.events.common.CustomerId;
import io.autocrm.events.common.OrganisationId;
import io.autocrm.events.common.TeamId;
import io.autocrm.events.ticket.FieldType;
import io.autocrm.events.ticket.StatusCategory;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.BooleanSupplier;
import java.util.stream.Stream;

/** The directory and customers a ticket fixture works with, in memory. */
final class Fakes {

    static final CustomerId REQUESTER = new CustomerId(UUID.fromString("00000000-0000-0000-0000-00000000c001"));
    static final CustomerId OTHER_CUSTOMER = new CustomerId(UUID.fromString("00000000-0000-0000-0000-00000000c002"));
    static final CustomerId ERASED_CUSTOMER = new CustomerId(UUID.fromString("00000000-0000-0000-0000-00000000c003"));
    /** In the requester's organisation. */
    static final CustomerId COLLEAGUE = new CustomerId(UUID.fromString("00000000-0000-0000-0000-00000000c004"));
    static final OrganisationId ORGANISATION =
            new OrganisationId(UUID.fromString("00000000-0000-0000-0000-00000000e001"));
    static final AgentId AGENT = new AgentId(UUID.fromString("00000000-0000-0000-0000-00000000a001"));
    static final AgentId OTHER_AGENT = new AgentId(UUID.fromString("00000000-0000-0000-0000-00000000a002"));
    static final AgentId UNKNOWN_AGENT = new AgentId(UUID.fromString("00000000-0000-0000-0000-00000000a999"));
    static final TeamId TEAM = new TeamId(UUID.fromString("00000000-0000-0000-0000-00000000b001"));
    static final TeamId OTHER_TEAM = new TeamId(UUID.fromString("00000000-0000-0000-0000-00000000b002"));
    static final TeamId UNKNOWN_TEAM = new TeamId(UUID.fromString("00000000-0000-0000-0000-00000000b999"));

    private Fakes() {
    }

    /** The six built-in statuses plus custom ones: awaiting-triage (new), waiting-on-vendor (on-hold),
     *  resolved-remotely (solved) and the deactivated retired (open). */
    static StatusCatalog statuses() {
        Map<String, StatusDefinition> statuses = new HashMap<>();
        for (StatusCategory category : StatusCategory.values()) {
            statuses.put(category.key(), new StatusDefinition(category.key(), category.key(), category, true, true, 0));
        }
        statuses.put("awaiting-triage", custom("awaiting-triage", StatusCategory.NEW, true));
        statuses.put("waiting-on-vendor", custom("waiting-on-vendor", StatusCategory.ON_HOLD, true));
        statuses.put("resolved-remotely", custom("resolved-remotely", StatusCategory.SOLVED, true));
        statuses.put("retired", custom("retired", StatusCategory.OPEN, false));
        return key -> Optional.ofNullable(statuses.get(key));
    }

    /** order_no (number), plan (dropdown basic/pro), regions (multi-select eu/us/apac), legacy_code (text, inactive). */
    static CustomFieldCatalog customFields() {
        return customFields(Set.of());
    }

    /**
     * The fields of {@link #customFields()}, those named in {@code required} (read at each call, so a test may change
     * it) marked required; plan is customer-visible.
     */
    static CustomFieldCatalog customFields(Set<String> required) {
        Map<String, CustomFieldDefinition> fields = Map.of(
                "order_no", field("order_no", FieldType.NUMBER, List.of(), true),
                "plan", field("plan", FieldType.DROPDOWN,
                        List.of(new FieldOption("basic", "Basic"), new FieldOption("pro", "Pro")), true),
                "regions", field("regions", FieldType.MULTI_SELECT, List.of(new FieldOption("eu", "EU"),
                        new FieldOption("us", "US"), new FieldOption("apac", "APAC")), true),
                "legacy_code", field("legacy_code", FieldType.TEXT, List.of(), false));
        return new CustomFieldCatalog() {
            @Override
            public Optional<CustomFieldDefinition> find(String key) {
                return Optional.ofNullable(fields.get(key)).map(field -> required.contains(key) ? marked(field) : field);
            }

            @Override
            public List<CustomFieldDefinition> required() {
                return Stream.of("order_no", "plan", "regions", "legacy_code").map(this::find).flatMap(Optional::stream)
                        .filter(field -> field.required() && field.active()).toList();
            }
        };
    }

    private static CustomFieldDefinition marked(CustomFieldDefinition field) {
        return new CustomFieldDefinition(field.key(), field.label(), field.type(), field.options(), field.pattern(),
                field.active(), field.position(), field.customerVisible(), true);
    }

    static io.autocrm.command.directory.AgentDirectory agents() {
        return id -> id.equals(AGENT) || id.equals(OTHER_AGENT);
    }

    static io.autocrm.command.directory.TeamDirectory teams() {
        return id -> id.equals(TEAM) || id.equals(OTHER_TEAM);
    }

    static CustomerRegistry customers() {
        return id -> id.equals(REQUESTER) || id.equals(OTHER_CUSTOMER) || id.equals(COLLEAGUE)
                ? CustomerStanding.ACTIVE
                : id.equals(ERASED_CUSTOMER) ? CustomerStanding.ERASED : CustomerStanding.UNKNOWN;
    }

    /** The requester and their colleague belong to {@link #ORGANISATION}, which shares tickets while it says so. */
    static Memberships memberships(BooleanSupplier organisationShares) {
        return id -> id.equals(REQUESTER) || id.equals(COLLEAGUE)
                ? Optional.of(new Membership(ORGANISATION, organisationShares.getAsBoolean())) : Optional.empty();
    }

    /** The one port a ticket's creation consults, over the fakes above. */
    static CreationLookups creationLookups() {
        return creationLookups(Set.of());
    }

    /** The one port a ticket's creation consults, with the fields named in {@code required} marked required. */
    static CreationLookups creationLookups(Set<String> required) {
        return new CreationLookups(statuses(), customFields(required), agents(), teams(), customers());
    }

    private static StatusDefinition custom(String key, StatusCategory category, boolean active) {
        return new StatusDefinition(key, key, category, false, active, 100);
    }

    private static CustomFieldDefinition field(String key, FieldType type, List<FieldOption> options, boolean active) {
        return new CustomFieldDefinition(key, key, type, options, null, active, 100, key.equals("plan"));
    }

    /** Every id is a pending upload of whoever claims it: a one-byte text file. */
    static io.autocrm.command.files.MessageFiles files() {
        return (ids, claimant, ticketId, messageId, subject) -> ids.stream()
                .map(id -> new io.autocrm.events.ticket.AttachmentRef(id, 1, "text/plain", "0".repeat(64), false))
                .toList();
    }
}
