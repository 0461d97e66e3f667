package io.autocrm.identity.apikey;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.mockito.Mockito.when;

import io.autocrm.access.Caller;
import io.autocrm.access.Scope;
import io.autocrm.events.common.ActorType;
import io.autocrm.identity.apikey.ApiKeyFormat.GeneratedKey;
import io.autocrm.identity.caller.CallerAuthentication;
import io.autocrm.identity.throttle.Throttles;
import io.autocrm.testsupport.TestPostgres;
import jakarta.servlet.FilterChain;
import java.security.SecureRandom;
import java.time.Instant;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.context.RequestAttributeSecurityContextRepository;

/** The filter alone, with the key store stubbed and the throttle on a real PostgreSQL: what each kind of key gets. */
class ApiKeyAuthenticationFilterTest {

    private final ApiKeyStore store = mock(ApiKeyStore.class);
    private final KeyUsage usage = new KeyUsage(store, new Throttles(TestPostgres.freshMigratedDataSource()));
    private final ApiKeyAuthenticationFilter filter = new ApiKeyAuthenticationFilter(new ApiKeys(store, usage));
    private final GeneratedKey generated = ApiKeyFormat.generate(new SecureRandom());
    private final AtomicReference<Authentication> seenByChain = new AtomicReference<>();
    private final FilterChain chain = (request, response) ->
            seenByChain.set(SecurityContextHolder.getContext().getAuthentication());

    @AfterEach
    void tearDown() throws InterruptedException {
        SecurityContextHolder.clearContext();
        usage.destroy();
    }

    @Test
    void authenticatesAnActiveKeyAsItsOwnActorWithItsScopes() throws Exception {
        StoredKey key = stored(null, null, 10);
        MockHttpServletRequest request = withKey(generated.key());
        MockHttpServletResponse response = new MockHttpServletResponse();

        filter.doFilter(request, response, chain);

        assertThat(response.getStatus()).isEqualTo(200);
        Caller caller = ((CallerAuthentication) seenByChain.get()).caller();
        assertThat(caller.actor().type()).isEqualTo(ActorType.API_KEY);
        assertThat(caller.actor().id()).isEqualTo(key.id().toString());
        assertThat(caller.scopes()).containsExactly(Scope.TICKETS_READ);
        assertThat(seenByChain.get().getCredentials()).isEqualTo(key.id());
        assertThat(new RequestAttributeSecurityContextRepository().containsContext(request)).isTrue();
        assertThat(response.getHeader("RateLimit-Limit")).isEqualTo("10");
        assertThat(response.getHeader("RateLimit-Remaining")).isEqualTo("9");
        assertThat(response.getHeader("RateLimit-Reset")).isEqualTo("6");
    }

    @Test
    void passesOtherAuthorizationUntouched() throws Exception {
        for (String header : new String[] {"Bearer eyJhbGciOiJSUzI1NiJ9.e30.c2ln", "Basic dXNlcjpwYXNz", null}) {
            MockHttpServletRequest request = new MockHttpServletRequest("GET", "/api/v1/tickets");
            if (header != null) {
                request.addHeader("Authorization", header);
            }
            MockHttpServletResponse response = new MockHttpServletResponse();
            boolean[] called = new boolean[1];
            filter.doFilter(request, response, (rq, rs) -> called[0] = true);
            assertThat(called[0]).as(header).isTrue();
            assertThat(response.getHeader("RateLimit-Limit")).isNull();
        }
        verifyNoInteractions(store);
    }

    @Test
    void answersTheSame401WhateverIsWrongWithTheKey() throws Exception {
        stored(null, null, 10);
        String tampered = generated.key().substring(0, generated.key().length() - 2) + "zz";
        String unknownPrefix = "acrm_ZZZZZZZZ" + generated.key().substring(13);
        MockHttpServletResponse wrongSecret = refused(tampered);
        MockHttpServletResponse unknown = refused(unknownPrefix);
        MockHttpServletResponse malformed = refused("acrm_short");

        for (MockHttpServletResponse response : new MockHttpServletResponse[] {wrongSecret, unknown, malformed}) {
            assertThat(response.getStatus()).isEqualTo(401);
            assertThat(response.getHeader("WWW-Authenticate")).isEqualTo("Bearer error=\"invalid_token\"");
            assertThat(response.getContentType()).startsWith("application/problem+json");
            assertThat(response.getContentAsString()).contains("\"code\":\"invalid-token\"");
            assertThat(response.getContentAsString()).isEqualTo(wrongSecret.getContentAsString());
        }
    }

    @Test
    void refusesRevokedAndExpiredKeys() throws Exception {
        stored(Instant.now().minusSeconds(1), null, 10);
        assertThat(refused(generated.key()).getStatus()).isEqualTo(401);
        stored(null, Instant.now().minusSeconds(1), 10);
        assertThat(refused(generated.key()).getStatus()).isEqualTo(401);
        stored(null, Instant.now().plusSeconds(60), 10);
        MockHttpServletResponse response = new MockHttpServletResponse();
        filter.doFilter(withKey(generated.key()), response, chain);
        assertThat(response.getStatus()).isEqualTo(200);
    }

    @Test
    void refusesRequestsOverTheLimitWithRetryAfter() throws Exception {
        stored(null, null, 2);
        for (int i = 0; i < 2; i++) {
            filter.doFilter(withKey(generated.key()), new MockHttpServletResponse(), chain);
        }
        seenByChain.set(null);
        MockHttpServletResponse response = new MockHttpServletResponse();
        boolean[] called = new boolean[1];

        filter.doFilter(withKey(generated.key()), response, (rq, rs) -> called[0] = true);

        assertThat(called[0]).isFalse();
        assertThat(response.getStatus()).isEqualTo(429);
        assertThat(response.getContentAsString()).contains("\"code\":\"rate-limited\"");
        assertThat(Long.parseLong(response.getHeader("Retry-After"))).isBetween(1L, 30L);
        assertThat(response.getHeader("RateLimit-Limit")).isEqualTo("2");
        assertThat(response.getHeader("RateLimit-Remaining")).isEqualTo("0");
        assertThat(response.getHeader("RateLimit-Reset")).isNotNull();
    }

    @Test
    void answers503WhenTheKeysCannotBeRead() throws Exception {
        when(store.findByPrefix(anyString())).thenThrow(new DataAccessResourceFailureException("down"));
        MockHttpServletResponse response = new MockHttpServletResponse();
        filter.doFilter(withKey(generated.key()), response, chain);
        assertThat(response.getStatus()).isEqualTo(503);
        assertThat(response.getHeader("Retry-After")).isEqualTo("5");
    }

    private StoredKey stored(Instant revokedAt, Instant expiresAt, int rateLimit) {
        StoredKey key = new StoredKey(UUID.randomUUID(), "test", generated.prefix(),
                ApiKeyFormat.hash(generated.key()), Set.of(Scope.TICKETS_READ), rateLimit, expiresAt, revokedAt, null,
                "system", Instant.now());
        when(store.findByPrefix(generated.prefix())).thenReturn(Optional.of(key));
        return key;
    }

    private MockHttpServletResponse refused(String key) throws Exception {
        MockHttpServletResponse response = new MockHttpServletResponse();
        boolean[] called = new boolean[1];
        filter.doFilter(withKey(key), response, (rq, rs) -> called[0] = true);
        assertThat(called[0]).isFalse();
        return response;
    }

    private static MockHttpServletRequest withKey(String key) {
        MockHttpServletRequest request = new MockHttpServletRequest("GET", "/api/v1/tickets");
        request.addHeader("Authorization", "Bearer " + key);
        return request;
    }
}
