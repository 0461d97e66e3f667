package io.autocrm.command.directory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.autocrm.events.common.DomainException;
import io.autocrm.events.common.ErrorCode;
import io.autocrm.events.ticket.CustomFieldValue;
import io.autocrm.events.ticket.FieldType;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

class CustomFieldDefinitionTest {

    static final List<FieldOption> COLOURS = List.of(new FieldOption("red", "Red"), new FieldOption("green", "Green"),
            new FieldOption("blue", "Blue"));

    static CustomFieldDefinition field(FieldType type) {
        boolean choice = type == FieldType.DROPDOWN || type == FieldType.MULTI_SELECT;
        return new CustomFieldDefinition("f", "F", type, choice ? COLOURS : List.of(),
                type == FieldType.REGEX ? "[A-Z]{2}-[0-9]{3}" : null, true, 100, false);
    }

    @ParameterizedTest(name = "{0} {1} -> {2}")
    @CsvSource(delimiter = '|', textBlock = """
            TEXT         | Hello, world     | Hello, world
            TEXT         | '  padded  '     | '  padded  '
            NUMBER       | 42               | 42
            NUMBER       | ' -007 '         | -7
            NUMBER       | 3.0              | 3
            NUMBER       | +12              | 12
            DECIMAL      | 1.50             | 1.5
            DECIMAL      | 100              | 100
            DECIMAL      | 1E+3             | 1000
            DECIMAL      | -0.000           | 0
            CHECKBOX     | true             | true
            CHECKBOX     | FALSE            | false
            DATE         | 2024-02-29       | 2024-02-29
            DROPDOWN     | green            | green
            REGEX        | AB-123           | AB-123
            """)
    void canonicalizesValidInput(FieldType type, String raw, String canonical) {
        assertThat(field(type).canonicalize(List.of(raw)))
                .isEqualTo(CustomFieldValue.single("f", type, canonical));
    }

    @ParameterizedTest(name = "{0} {1}")
    @CsvSource(delimiter = '|', textBlock = """
            NUMBER       | 1.5
            NUMBER       | twelve
            NUMBER       | 99999999999999999999
            DECIMAL      | 1,5
            DECIMAL      | NaN
            DECIMAL      | 1E+100
            CHECKBOX     | yes
            CHECKBOX     | 1
            DATE         | 2023-02-29
            DATE         | 29/02/2024
            DATE         | 2024-02-29T10:00
            DROPDOWN     | purple
            DROPDOWN     | Red
            REGEX        | ab-123
            REGEX        | AB-1234
            REGEX        | xAB-123
            """)
    void refusesInvalidInputNamingTheField(FieldType type, String raw) {
        assertThatThrownBy(() -> field(type).canonicalize(List.of(raw)))
                .isInstanceOfSatisfying(DomainException.class, e -> {
                    assertThat(e.errorCode()).isEqualTo(ErrorCode.INVALID_CUSTOM_FIELD_VALUE);
                    assertThat(e.getMessage()).contains("'f'");
                });
    }

    /**
     * Patterns that backtrack catastrophically: JDK 25 itself cuts {@code (a+)+$} short, but {@code ((a+)+)+$} would
     * match for hours without the time budget. The timeout is only a safety net, so the build fails instead of hanging.
     */
    @ParameterizedTest
    @ValueSource(strings = {"(a+)+$", "((a+)+)+$"})
    @Timeout(value = 10, unit = TimeUnit.SECONDS, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
    void refusesAValueItsPatternCannotCheckInTime(String pattern) {
        CustomFieldDefinition field = new CustomFieldDefinition("f", "F", FieldType.REGEX, List.of(), pattern, true,
                100, false);
        assertThatThrownBy(() -> field.canonicalize(List.of("aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa!")))
                .isInstanceOfSatisfying(DomainException.class,
                        e -> assertThat(e.errorCode()).isEqualTo(ErrorCode.INVALID_CUSTOM_FIELD_VALUE));
        assertThat(field.canonicalize(List.of("aaaa")).values()).containsExactly("aaaa");
    }

    @Test
    void compilesEachPatternOnce() {
        assertThat(field(FieldType.REGEX).compiledPattern()).isSameAs(field(FieldType.REGEX).compiledPattern());
    }

    @Test
    void limitsTextToTenThousandCharacters() {
        assertThat(field(FieldType.TEXT).canonicalize(List.of("x".repeat(10_000))).values()).hasSize(1);
        assertThatThrownBy(() -> field(FieldType.TEXT).canonicalize(List.of("x".repeat(10_001))))
                .isInstanceOf(DomainException.class);
    }

    @Test
    void keepsMultiSelectOptionsInDefinitionOrderWithoutDuplicates() {
        assertThat(field(FieldType.MULTI_SELECT).canonicalize(List.of("blue", "red", "blue")).values())
                .containsExactly("red", "blue");
        assertThatThrownBy(() -> field(FieldType.MULTI_SELECT).canonicalize(List.of("red", "purple")))
                .isInstanceOf(DomainException.class);
    }

    @Test
    void refusesSeveralValuesForASingleValuedField() {
        assertThatThrownBy(() -> field(FieldType.NUMBER).canonicalize(List.of("1", "2")))
                .isInstanceOfSatisfying(DomainException.class,
                        e -> assertThat(e.errorCode()).isEqualTo(ErrorCode.INVALID_CUSTOM_FIELD_VALUE));
    }

    @Test
    void treatsNoValueNullAndEmptyStringAsClearing() {
        for (FieldType type : FieldType.values()) {
            assertThat(field(type).canonicalize(List.of()).values()).isEmpty();
            assertThat(field(type).canonicalize(Arrays.asList((String) null)).values()).isEmpty();
            assertThat(field(type).canonicalize(List.of("")).values()).isEmpty();
        }
    }

    @Test
    void catalogRefusesUnknownFieldsAndSettingDeactivatedOnes() {
        CustomFieldDefinition retired = new CustomFieldDefinition("old", "Old", FieldType.TEXT, List.of(), null,
                false, 100, false);
        CustomFieldCatalog catalog = new CustomFieldCatalog() {
            @Override
            public Optional<CustomFieldDefinition> find(String key) {
                return key.equals("old") ? Optional.of(retired) : Optional.empty();
            }

            @Override
            public List<CustomFieldDefinition> required() {
                return List.of();
            }
        };
        assertThatThrownBy(() -> catalog.canonicalize("nope", List.of("x")))
                .isInstanceOfSatisfying(DomainException.class,
                        e -> assertThat(e.errorCode()).isEqualTo(ErrorCode.UNKNOWN_CUSTOM_FIELD));
        assertThatThrownBy(() -> catalog.canonicalize("old", List.of("x")))
                .isInstanceOfSatisfying(DomainException.class,
                        e -> assertThat(e.errorCode()).isEqualTo(ErrorCode.UNKNOWN_CUSTOM_FIELD));
        assertThat(catalog.canonicalize("old", List.of()))
                .isEqualTo(new CustomFieldValue("old", FieldType.TEXT, List.of()));
    }
}
