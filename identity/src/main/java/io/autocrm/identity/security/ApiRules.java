package io.autocrm.identity.security;

import static org.springframework.http.HttpMethod.DELETE;
import static org.springframework.http.HttpMethod.GET;
import static org.springframework.http.HttpMethod.PATCH;
import static org.springframework.http.HttpMethod.POST;
import static org.springframework.http.HttpMethod.PUT;

import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;

/**
 * The URL part of the permission matrix (docs/access.md). People are judged by role, integrations by
 * scope: agents hold every scope but admin, admins all, customers none (they pass here by role, and the command and
 * query sides limit them to their own tickets and the customer view). Anything not listed needs admin.
 */
final class ApiRules {

    static final String ADMIN = "SCOPE_admin";
    static final String CUSTOMER = "ROLE_CUSTOMER";
    static final String TICKETS_READ = "SCOPE_tickets:read";
    static final String TICKETS_WRITE = "SCOPE_tickets:write";
    static final String EVENTS_READ = "SCOPE_events:read";
    static final String USERS_READ = "SCOPE_users:read";
    static final String USERS_WRITE = "SCOPE_users:write";
    static final String MAIL_INBOUND = "SCOPE_mail:inbound";

    private ApiRules() {
    }

    static void apply(AuthorizeHttpRequestsConfigurer<HttpSecurity>.AuthorizationManagerRequestMatcherRegistry r) {
        r.requestMatchers("/actuator/health", "/actuator/health/**").permitAll()
                .requestMatchers(POST, "/api/v1/auth/**").permitAll()
                // A signed link is its own permission (io.autocrm.platform.files.SignedLinks).
                .requestMatchers(GET, "/api/v1/files/**").permitAll()
                .requestMatchers(POST, "/api/v1/uploads").hasAnyAuthority(CUSTOMER, TICKETS_WRITE)
                .requestMatchers("/actuator/**").hasAuthority(ADMIN)
                .requestMatchers(GET, "/api/v1/me").authenticated()
                // People only; the endpoint itself refuses integrations (403 forbidden: no scope would help).
                .requestMatchers(POST, "/api/v1/me/password").authenticated()
                .requestMatchers("/api/v1/admin/**", "/api/v1/api-keys/**", "/api/v1/users/**").hasAuthority(ADMIN)
                .requestMatchers("/api/v1/audit-log", "/api/v1/audit-log/**").hasAuthority(ADMIN)
                .requestMatchers(POST, "/api/v1/customers/*/erasure").hasAuthority(ADMIN)
                .requestMatchers(GET, "/api/v1/customers/**").hasAuthority(USERS_READ)
                .requestMatchers(POST, "/api/v1/customers").hasAuthority(USERS_WRITE)
                .requestMatchers(GET, "/api/v1/agents/**", "/api/v1/organisations/**").hasAuthority(USERS_READ)
                .requestMatchers(GET, "/api/v1/teams/**", "/api/v1/skills/**").hasAuthority(TICKETS_READ)
                // Staff read calendars (working hours, SLA business hours); admins change them (anyRequest).
                .requestMatchers(GET, "/api/v1/calendars/**").hasAuthority(TICKETS_READ)
                // An agent sets their own status, an admin anyone's: the endpoint judges (403 forbidden otherwise).
                .requestMatchers(PUT, "/api/v1/agents/*/status").hasAuthority(TICKETS_WRITE)
                .requestMatchers(GET, "/api/v1/statuses/**", "/api/v1/custom-fields/**")
                .hasAnyAuthority(CUSTOMER, TICKETS_READ)
                .requestMatchers(GET, "/api/v1/tickets/*/events", "/api/v1/tickets/*/audit")
                .hasAnyAuthority(CUSTOMER, EVENTS_READ)
                // Staff only; people only is checked by the endpoints (keys: 403 forbidden, no scope would help).
                .requestMatchers("/api/v1/tickets/*/presence", "/api/v1/stream/presence").hasAuthority(TICKETS_READ)
                .requestMatchers("/api/v1/notifications", "/api/v1/notifications/**").hasAuthority(TICKETS_READ)
                .requestMatchers(GET, "/api/v1/views/**").hasAuthority(TICKETS_READ)
                .requestMatchers("/api/v1/views/**").hasAuthority(TICKETS_WRITE)
                // Customers never see macros; the usage table is the admins'.
                .requestMatchers(GET, "/api/v1/macros/usage").hasAuthority(ADMIN)
                .requestMatchers(GET, "/api/v1/macros/**").hasAuthority(TICKETS_READ)
                .requestMatchers(POST, "/api/v1/macros/*/render").hasAuthority(TICKETS_READ)
                .requestMatchers("/api/v1/macros/**").hasAuthority(TICKETS_WRITE)
                // A ticket's SLA targets are staff's.
                .requestMatchers(GET, "/api/v1/tickets/*/sla").hasAuthority(TICKETS_READ)
                // A ticket's mail (delivery states, the originals received) is for staff.
                .requestMatchers(GET, "/api/v1/tickets/*/mail", "/api/v1/tickets/*/mail/**").hasAuthority(TICKETS_READ)
                .requestMatchers(POST, "/api/v1/mail/inbound").hasAuthority(MAIL_INBOUND)
                .requestMatchers(POST, "/api/v1/tickets/bulk").hasAuthority(TICKETS_WRITE)
                .requestMatchers(GET, "/api/v1/tickets/**", "/api/v1/stream/tickets").hasAnyAuthority(CUSTOMER, TICKETS_READ)
                .requestMatchers(POST, "/api/v1/tickets/**").hasAnyAuthority(CUSTOMER, TICKETS_WRITE)
                .requestMatchers(PATCH, "/api/v1/tickets/**").hasAnyAuthority(CUSTOMER, TICKETS_WRITE)
                // Customers pass the door and are refused by the ticket (not theirs to change; a foreign one: 404).
                .requestMatchers(DELETE, "/api/v1/tickets/*/participants/*").hasAnyAuthority(CUSTOMER, TICKETS_WRITE)
                .anyRequest().hasAuthority(ADMIN);
    }
}
