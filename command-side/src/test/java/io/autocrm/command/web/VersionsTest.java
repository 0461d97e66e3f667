package io.autocrm.command.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.autocrm.events.common.DomainException;
import io.autocrm.events.common.ErrorCode;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

class VersionsTest {

    @Test
    void quotesVersionsAsETags() {
        assertThat(Versions.etag(7)).isEqualTo("\"7\"");
    }

    @Test
    void turnsIfMatchIntoTheExpectedAggregateVersion() {
        assertThat(Versions.expectedAggregateVersion("\"1\"")).isZero();
        assertThat(Versions.expectedAggregateVersion(" \"12\" ")).isEqualTo(11L);
        assertThat(Versions.expectedAggregateVersion(null)).isNull();
        assertThat(Versions.expectedAggregateVersion("*")).isNull();
    }

    @ParameterizedTest
    @ValueSource(strings = {"1", "\"0\"", "\"-1\"", "W/\"3\"", "\"3\", \"4\"", "\"abc\"", "\"99999999999999999999\""})
    void refusesMalformedIfMatch(String header) {
        assertThatThrownBy(() -> Versions.expectedAggregateVersion(header))
                .isInstanceOfSatisfying(DomainException.class,
                        e -> assertThat(e.errorCode()).isEqualTo(ErrorCode.VALIDATION_FAILED));
    }
}
