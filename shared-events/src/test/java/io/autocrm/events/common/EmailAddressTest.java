package io.autocrm.events.common;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class EmailAddressTest {

    @Test
    void takesAnAddressTrimmedAndAsWritten() {
        EmailAddress address = EmailAddress.parse("  Ann@Example.com ", "email");

        assertThat(address.value()).isEqualTo("Ann@Example.com");
        assertThat(address).hasToString("Ann@Example.com");
    }

    @ParameterizedTest
    @ValueSource(strings = {"ann", "@example.com", "ann@", "ann@@example.com", "a@b@c", "ann smith@example.com"})
    void refusesWhatIsNoAddressNamingTheValue(String raw) {
        assertThatThrownBy(() -> EmailAddress.parse(raw, "A customer's email"))
                .isInstanceOfSatisfying(DomainException.class, e -> {
                    assertThat(e.errorCode()).isEqualTo(ErrorCode.VALIDATION_FAILED);
                    assertThat(e.getMessage()).isEqualTo("A customer's email must be an email address.");
                });
    }

    @Test
    void refusesAMissingOrTooLongAddress() {
        String tooLong = "a".repeat(EmailAddress.MAX_LENGTH - "@example.com".length() + 1) + "@example.com";
        for (String raw : new String[] {null, "", "   ", tooLong}) {
            assertThatThrownBy(() -> EmailAddress.parse(raw, "email"))
                    .isInstanceOfSatisfying(DomainException.class, e -> assertThat(e.getMessage())
                            .isEqualTo("email is required, at most 320 characters."));
        }
        assertThat(EmailAddress.parse(tooLong.substring(1), "email").value()).hasSize(EmailAddress.MAX_LENGTH);
    }

    @Test
    void cannotBeBuiltAroundSomethingElse() {
        assertThat(EmailAddress.isValid(" ann@example.com")).isFalse();
        assertThat(EmailAddress.isValid("ann@example.com")).isTrue();
        assertThatThrownBy(() -> new EmailAddress(" ann@example.com")).isInstanceOf(IllegalArgumentException.class);
    }
}
