package io.autocrm.command.api;

import static io.autocrm.command.api.ApiClient.patchJson;
import static io.autocrm.command.api.ApiClient.postJson;
import static io.autocrm.command.api.ApiClient.read;
import static io.autocrm.command.api.ApiClient.uniqueEmail;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.junit.jupiter.web.SpringJUnitWebConfig;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;

/** The directory's admin endpoints over HTTP on the assembled command side. */
@SpringJUnitWebConfig(CommandSideTestApplication.class)
class DirectoryApiTest {

    @Autowired
    WebApplicationContext context;
    ApiClient api;

    @BeforeEach
    void setUp() {
        api = new ApiClient(MockMvcBuilders.webAppContextSetup(context).build());
    }

    @Test
    void createsListsAndFindsAgents() {
        String email = uniqueEmail("ivan");
        MvcResult created = api.perform(postJson("/api/v1/agents", "{\"name\": \"Ivan\", \"email\": \"" + email + "\"}"));
        assertThat(created.getResponse().getStatus()).isEqualTo(201);
        String id = read(created, "$.id");
        assertThat((String) read(api.perform(get("/api/v1/agents/" + id)), "$.email")).isEqualTo(email);
        assertThat((List<String>) read(api.perform(get("/api/v1/agents")), "$[*].id")).contains(id);
        assertThat(api.perform(get("/api/v1/agents/" + UUID.randomUUID())).getResponse().getStatus()).isEqualTo(404);
        assertThat(api.perform(postJson("/api/v1/agents", "{\"name\": \"Ivan\", \"email\": \"" + email + "\"}"))
                .getResponse().getStatus()).isEqualTo(409);
        assertThat(api.perform(postJson("/api/v1/agents", "{\"name\": \"Ivan\", \"email\": \"x@y.z\", \"role\": 1}"))
                .getResponse().getStatus()).isEqualTo(400);
    }

    @Test
    void createsAndListsTeamsAndOrganisations() {
        String team = "Team " + UUID.randomUUID();
        assertThat(api.perform(postJson("/api/v1/teams", "{\"name\": \"" + team + "\"}")).getResponse().getStatus())
                .isEqualTo(201);
        assertThat((List<String>) read(api.perform(get("/api/v1/teams")), "$[*].name")).contains(team);
        String organisation = "Org " + UUID.randomUUID();
        MvcResult created = api.perform(postJson("/api/v1/organisations", "{\"name\": \"" + organisation + "\"}"));
        assertThat((Boolean) read(created, "$.sharedTickets")).isFalse();
        assertThat((List<String>) read(api.perform(get("/api/v1/organisations")), "$[*].name")).contains(organisation);
    }

    @Test
    void changesAnOrganisationsNameAndTicketSharing() {
        String name = "Org " + UUID.randomUUID();
        MvcResult created = api.perform(postJson("/api/v1/organisations",
                "{\"name\": \"" + name + "\", \"sharedTickets\": true}"));
        assertThat((Boolean) read(created, "$.sharedTickets")).isTrue();
        String id = read(created, "$.id");

        MvcResult unshared = api.perform(patchJson("/api/v1/organisations/" + id, "{\"sharedTickets\": false}"));
        assertThat(unshared.getResponse().getStatus()).isEqualTo(200);
        assertThat((String) read(unshared, "$.name")).isEqualTo(name);
        assertThat((Boolean) read(unshared, "$.sharedTickets")).isFalse();
        MvcResult renamed = api.perform(patchJson("/api/v1/organisations/" + id, "{\"name\": \" " + name + " 2 \"}"));
        assertThat((String) read(renamed, "$.name")).isEqualTo(name + " 2");
        assertThat((Boolean) read(renamed, "$.sharedTickets")).isFalse();
        assertThat((List<Boolean>) read(api.perform(get("/api/v1/organisations")),
                "$[?(@.id == '" + id + "')].sharedTickets")).containsExactly(false);

        String other = "Org " + UUID.randomUUID();
        api.perform(postJson("/api/v1/organisations", "{\"name\": \"" + other + "\"}"));
        assertCode(patchJson("/api/v1/organisations/" + id, "{\"name\": \"" + other + "\"}"), 409,
                "duplicate-definition");
        assertCode(patchJson("/api/v1/organisations/" + id, "{\"name\": \" \"}"), 400, "validation-failed");
        assertThat(api.perform(patchJson("/api/v1/organisations/" + id, "{\"name\": \"" + "x".repeat(201) + "\"}"))
                .getResponse().getStatus()).isEqualTo(400);
        assertThat(api.perform(patchJson("/api/v1/organisations/" + id, "{\"shared\": true}")).getResponse()
                .getStatus()).isEqualTo(400);
        assertCode(patchJson("/api/v1/organisations/" + UUID.randomUUID(), "{\"sharedTickets\": true}"), 404,
                "organisation-not-found");
        assertCode(patchJson("/api/v1/organisations/not-an-id", "{}"), 404, "organisation-not-found");
    }

    @Test
    void makesCustomFieldsVisibleToCustomersAndHidesThemAgain() {
        String key = "ref_" + UUID.randomUUID().toString().substring(0, 8);
        MvcResult hidden = api.perform(postJson("/api/v1/custom-fields",
                "{\"key\": \"" + key + "\", \"label\": \"Reference\", \"type\": \"text\"}"));
        assertThat((Boolean) read(hidden, "$.customerVisible")).isFalse();
        MvcResult shown = api.perform(patchJson("/api/v1/custom-fields/" + key, "{\"customerVisible\": true}"));
        assertThat((Boolean) read(shown, "$.customerVisible")).isTrue();
        assertThat((String) read(shown, "$.label")).isEqualTo("Reference");
        assertThat((List<Boolean>) read(api.perform(get("/api/v1/custom-fields")),
                "$[?(@.key == '" + key + "')].customerVisible")).containsExactly(true);
        MvcResult relabelled = api.perform(patchJson("/api/v1/custom-fields/" + key, "{\"label\": \"Ref\"}"));
        assertThat((Boolean) read(relabelled, "$.customerVisible")).isTrue();
        assertThat((Boolean) read(api.perform(patchJson("/api/v1/custom-fields/" + key,
                "{\"customerVisible\": false}")), "$.customerVisible")).isFalse();

        String visibleKey = "vis_" + UUID.randomUUID().toString().substring(0, 8);
        MvcResult visible = api.perform(postJson("/api/v1/custom-fields", """
                {"key": "%s", "label": "V", "type": "text", "customerVisible": true}""".formatted(visibleKey)));
        assertThat(visible.getResponse().getStatus()).isEqualTo(201);
        assertThat((Boolean) read(visible, "$.customerVisible")).isTrue();
    }

    @Test
    void managesCustomStatuses() {
        String key = "waiting-" + UUID.randomUUID().toString().substring(0, 8);
        MvcResult created = api.perform(postJson("/api/v1/statuses",
                "{\"key\": \"" + key + "\", \"label\": \"Waiting\", \"category\": \"on-hold\"}"));
        assertThat(created.getResponse().getStatus()).isEqualTo(201);
        assertThat((String) read(created, "$.category")).isEqualTo("on-hold");
        List<String> keys = read(api.perform(get("/api/v1/statuses")), "$[*].key");
        assertThat(keys.subList(0, 6)).containsExactly("new", "open", "pending", "on-hold", "solved", "closed");
        assertThat(keys).contains(key);
        MvcResult deactivated = api.perform(patchJson("/api/v1/statuses/" + key, "{\"active\": false}"));
        assertThat((Boolean) read(deactivated, "$.active")).isFalse();
        assertThat(api.perform(patchJson("/api/v1/statuses/open", "{\"active\": false}")).getResponse().getStatus())
                .isEqualTo(400);
        String ticket = api.ticket();
        MvcResult inactive = api.perform(patchJson("/api/v1/tickets/" + ticket, "{\"status\": \"" + key + "\"}"));
        assertThat((String) read(inactive, "$.code")).isEqualTo("inactive-status");
    }

    @Test
    void managesCustomFieldDefinitions() {
        String key = "plan_" + UUID.randomUUID().toString().substring(0, 8);
        MvcResult created = api.perform(postJson("/api/v1/custom-fields", """
                {"key": "%s", "label": "Plan", "type": "dropdown",
                 "options": [{"key": "basic", "label": "Basic"}, {"key": "pro", "label": "Pro"}]}""".formatted(key)));
        assertThat(created.getResponse().getStatus()).isEqualTo(201);
        assertThat((List<String>) read(created, "$.options[*].key")).containsExactly("basic", "pro");
        assertThat(api.perform(postJson("/api/v1/custom-fields",
                "{\"key\": \"" + key + "\", \"label\": \"Again\", \"type\": \"text\"}")).getResponse().getStatus())
                .isEqualTo(409);
        assertThat(api.perform(postJson("/api/v1/custom-fields",
                "{\"key\": \"dd_empty\", \"label\": \"D\", \"type\": \"dropdown\", \"options\": []}")).getResponse()
                .getStatus()).isEqualTo(400);
        MvcResult changed = api.perform(patchJson("/api/v1/custom-fields/" + key,
                "{\"label\": \"Contract plan\", \"options\": [{\"key\": \"basic\", \"label\": \"Basic\"}]}"));
        assertThat((String) read(changed, "$.label")).isEqualTo("Contract plan");
        assertThat((List<String>) read(api.perform(get("/api/v1/custom-fields")), "$[*].key")).contains(key);
        String ticket = api.ticket();
        MvcResult invalid = api.perform(patchJson("/api/v1/tickets/" + ticket,
                "{\"customFields\": {\"" + key + "\": \"pro\"}}"));
        assertThat((String) read(invalid, "$.code")).isEqualTo("invalid-custom-field-value");
    }

    private void assertCode(org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder request,
                            int status, String code) {
        MvcResult result = api.perform(request);
        assertThat(result.getResponse().getStatus()).isEqualTo(status);
        assertThat((String) read(result, "$.code")).isEqualTo(code);
    }
}
