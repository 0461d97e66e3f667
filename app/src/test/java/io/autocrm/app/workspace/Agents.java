package io.autocrm.app.workspace;

import static io.autocrm.app.support.Api.json;
import static org.assertj.core.api.Assertions.assertThat;

import io.autocrm.app.support.Api;
import java.util.UUID;

/** Agents and admins with a login, for the workspace tests. */
final class Agents {

    private Agents() {
    }

    /** A new person with a login in {@code role} (agent or admin); answers their id. */
    static String create(Api admin, String name, String role) {
        String id = admin.post("/api/v1/agents", json("name", name, "email", UUID.randomUUID() + "@example.com"))
                .json().get("id").asString();
        assertThat(admin.post("/api/v1/users", json("id", id, "role", role, "password", "workspace-password-1"))
                .status()).isEqualTo(201);
        return id;
    }
}
