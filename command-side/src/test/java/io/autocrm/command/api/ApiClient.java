package io.autocrm.command.api;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.patch;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import com.jayway.jsonpath.JsonPath;
import java.util.UUID;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/** Small helpers for driving the command API through MockMvc. */
final class ApiClient {

    private final MockMvc mvc;

    ApiClient(MockMvc mvc) {
        this.mvc = mvc;
    }

    static MockHttpServletRequestBuilder postJson(String path, String json) {
        return post(path).contentType(MediaType.APPLICATION_JSON).content(json);
    }

    static MockHttpServletRequestBuilder patchJson(String path, String json) {
        return patch(path).contentType(MediaType.APPLICATION_JSON).content(json);
    }

    static <T> T read(MvcResult result, String path) {
        try {
            return JsonPath.read(result.getResponse().getContentAsString(), path);
        } catch (java.io.UnsupportedEncodingException e) {
            throw new IllegalStateException(e);
        }
    }

    static String uniqueEmail(String name) {
        return name + "-" + UUID.randomUUID() + "@example.com";
    }

    MvcResult perform(MockHttpServletRequestBuilder request) {
        try {
            return mvc.perform(request).andReturn();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    String agent() {
        return read(perform(postJson("/api/v1/agents",
                "{\"name\":\"Agent\",\"email\":\"" + uniqueEmail("agent") + "\"}")), "$.id");
    }

    String customer() {
        return read(perform(postJson("/api/v1/customers",
                "{\"name\":\"Customer\",\"email\":\"" + uniqueEmail("customer") + "\"}")), "$.id");
    }

    /** Creates a ticket for a new customer and answers its id. */
    String ticket() {
        return read(perform(postJson("/api/v1/tickets", """
                {"subject": "Printer on fire", "description": "It is on fire.", "requesterId": "%s"}"""
                .formatted(customer()))), "$.id");
    }
}
