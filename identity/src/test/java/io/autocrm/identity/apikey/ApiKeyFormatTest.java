package io.autocrm.identity.apikey;

import static org.assertj.core.api.Assertions.assertThat;

import io.autocrm.identity.apikey.ApiKeyFormat.GeneratedKey;
import java.security.SecureRandom;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ApiKeyFormatTest {

    private final SecureRandom random = new SecureRandom();

    @Test
    void generatesAPrefixOfEightBase62CharactersThenA256BitSecret() {
        GeneratedKey generated = ApiKeyFormat.generate(random);

        assertThat(generated.prefix()).matches("acrm_[0-9A-Za-z]{8}");
        assertThat(generated.key()).matches("acrm_[0-9A-Za-z]{8}_[0-9A-Za-z_-]{43}");
        assertThat(generated.key()).startsWith(generated.prefix() + "_");
        assertThat(ApiKeyFormat.prefixOf(generated.key())).contains(generated.prefix());
        assertThat(generated.toString()).doesNotContain(generated.key().substring(14));
    }

    @Test
    void neverGeneratesTheSameKeyTwice() {
        Set<String> keys = new HashSet<>();
        for (int i = 0; i < 1000; i++) {
            keys.add(ApiKeyFormat.generate(random).key());
        }
        assertThat(keys).hasSize(1000);
    }

    @Test
    void findsThePrefixOfAnyWellFormedKeyIncludingAConfiguredOne() {
        assertThat(ApiKeyFormat.prefixOf("acrm_bootstrap-for-tests-0123456789abcdef")).contains("acrm_bootstra");
    }

    @Test
    void refusesWhatCannotBeAKey() {
        assertThat(ApiKeyFormat.prefixOf(null)).isEmpty();
        assertThat(ApiKeyFormat.prefixOf("")).isEmpty();
        assertThat(ApiKeyFormat.prefixOf("acrm_tooshort")).isEmpty();
        assertThat(ApiKeyFormat.prefixOf("acrm_" + "x".repeat(34))).isEmpty();
        assertThat(ApiKeyFormat.prefixOf("acrm_" + "x".repeat(35))).isPresent();
        assertThat(ApiKeyFormat.prefixOf("acrm_" + "x".repeat(300))).isEmpty();
        assertThat(ApiKeyFormat.prefixOf("acrm_with a space_0123456789012345678901234")).isEmpty();
        assertThat(ApiKeyFormat.prefixOf("acrm_ünïcode_0123456789012345678901234567")).isEmpty();
        assertThat(ApiKeyFormat.prefixOf("acrm_bang!_0123456789012345678901234567890")).as("not a bearer token")
                .isEmpty();
        assertThat(ApiKeyFormat.prefixOf("acrm_a.b~c+d/e-f_0123456789012345678901234==")).isPresent();
        assertThat(ApiKeyFormat.prefixOf("eyJhbGciOiJSUzI1NiJ9.eyJzdWIiOiJ4In0.c2lnbmF0dXJl")).isEmpty();
    }

    @Test
    void hashesTheWholeKeyWithSha256() {
        assertThat(HexFormat.of().formatHex(ApiKeyFormat.hash("abc")))
                .isEqualTo("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
    }

    @Test
    void matchesOnlyTheExactKey() {
        String key = ApiKeyFormat.generate(random).key();
        byte[] stored = ApiKeyFormat.hash(key);

        assertThat(ApiKeyFormat.matches(key, stored)).isTrue();
        char last = key.charAt(key.length() - 1);
        String tampered = key.substring(0, key.length() - 1) + (last == 'A' ? 'B' : 'A');
        assertThat(ApiKeyFormat.matches(tampered, stored)).isFalse();
        assertThat(ApiKeyFormat.matches(key + "x", stored)).isFalse();
    }
}
