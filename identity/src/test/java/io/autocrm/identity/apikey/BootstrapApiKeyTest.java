package io.autocrm.identity.apikey;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyInt;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.mockito.Mockito.when;

import org.junit.jupiter.api.Test;
import org.springframework.dao.DuplicateKeyException;

/** The startup check of the configured bootstrap key, without the database. */
class BootstrapApiKeyTest {

    private static final String KEY = "acrm_bootstrap-test-0123456789abcdefghijklmn";

    private final ApiKeyStore store = mock(ApiKeyStore.class);

    @Test
    void doesNothingWhenNoKeyIsConfigured() {
        new BootstrapApiKey(new BootstrapKeyProperties(null, 6000), store).afterPropertiesSet();
        new BootstrapApiKey(new BootstrapKeyProperties("  ", 6000), store).afterPropertiesSet();
        verifyNoInteractions(store);
    }

    @Test
    void storesTheHashOfTheConfiguredKeyUnderItsPrefix() {
        new BootstrapApiKey(new BootstrapKeyProperties(KEY, 6000), store).afterPropertiesSet();
        verify(store).upsertBootstrap(eq(BootstrapApiKey.ID), eq("acrm_bootstra"),
                eq(ApiKeyFormat.hash(KEY)), eq(6000));
    }

    @Test
    void stopsTheStartupOnAMalformedKeyWithoutNamingIt() {
        for (String malformed : new String[] {"acrm_short", "sk_" + "x".repeat(50), "acrm_" + "x".repeat(20)}) {
            assertThatThrownBy(() -> new BootstrapApiKey(new BootstrapKeyProperties(malformed, 6000), store)
                    .afterPropertiesSet())
                    .isInstanceOf(IllegalStateException.class)
                    .hasMessageContaining("AUTOCRM_BOOTSTRAP_API_KEY")
                    .hasMessageContaining("acrm_")
                    .hasMessageContaining("40")
                    .hasMessageNotContaining(malformed);
        }
        verifyNoInteractions(store);
    }

    @Test
    void stopsTheStartupOnAnImpossibleRateLimit() {
        assertThatThrownBy(() -> new BootstrapApiKey(new BootstrapKeyProperties(KEY, 0), store).afterPropertiesSet())
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("bootstrap-api-key-rate-limit");
    }

    @Test
    void explainsAPrefixTakenByAnotherKey() {
        when(store.upsertBootstrap(any(), any(), any(), anyInt())).thenThrow(new DuplicateKeyException("prefix"));
        assertThatThrownBy(() -> new BootstrapApiKey(new BootstrapKeyProperties(KEY, 6000), store)
                .afterPropertiesSet())
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("prefix of another API key");
    }

    @Test
    void neverPrintsTheKey() {
        assertThat(new BootstrapKeyProperties(KEY, 6000).toString()).doesNotContain(KEY);
    }
}
