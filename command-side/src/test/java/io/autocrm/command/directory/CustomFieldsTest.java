package io.autocrm.command.directory;

import static io.autocrm.command.directory.StatusesTest.codeOf;
import static org.assertj.core.api.Assertions.assertThat;

import io.autocrm.access.Caller;
import io.autocrm.command.testing.HeldTransaction;
import io.autocrm.command.testing.LockWaits;
import io.autocrm.events.common.ErrorCode;
import io.autocrm.events.ticket.CustomFieldValue;
import io.autocrm.events.ticket.FieldType;
import io.autocrm.platform.database.ConfigurationHistory;
import io.autocrm.testsupport.TestPostgres;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import javax.sql.DataSource;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;

/** Custom field definitions on PostgreSQL with the real migrations, and validation through them. */
class CustomFieldsTest {

    static final List<FieldOption> PLANS = List.of(new FieldOption("basic", "Basic"), new FieldOption("pro", "Pro"));
    static DataSource dataSource;
    static CustomFields fields;

    @BeforeAll
    static void database() {
        dataSource = TestPostgres.freshMigratedDataSource();
        fields = new CustomFields(JdbcClient.create(dataSource), ConfigurationHistory.on(dataSource, () -> Caller.SYSTEM));
    }

    @Test
    void storesEveryTypeAndReadsItBack() {
        fields.create("t_text", "Text", "text", null, null, false);
        fields.create("t_number", "Number", "number", null, null, false);
        fields.create("t_decimal", "Decimal", "decimal", List.of(), null, false);
        fields.create("t_checkbox", "Checkbox", "checkbox", null, null, false);
        fields.create("t_date", "Date", "date", null, null, false);
        fields.create("t_dropdown", "Dropdown", "dropdown", PLANS, null, false);
        fields.create("t_multi", "Multi", "multi-select", PLANS, null, false);
        fields.create("t_regex", "Regex", "regex", null, "[0-9]{4}", false);

        assertThat(fields.find("t_dropdown")).contains(
                new CustomFieldDefinition("t_dropdown", "Dropdown", FieldType.DROPDOWN, PLANS, null, true, 100,
                        false));
        assertThat(fields.find("t_regex").orElseThrow().pattern()).isEqualTo("[0-9]{4}");
        assertThat(fields.all()).extracting(CustomFieldDefinition::key).contains("t_text", "t_multi", "t_regex");
    }

    @Test
    void validatesValuesAgainstStoredDefinitions() {
        fields.create("tier", "Tier", "multi-select", PLANS, null, false);
        fields.create("serial", "Serial", "regex", null, "SN-[0-9]+", false);
        assertThat(fields.canonicalize("tier", List.of("pro", "basic")))
                .isEqualTo(new CustomFieldValue("tier", FieldType.MULTI_SELECT, List.of("basic", "pro")));
        assertThat(fields.canonicalize("serial", List.of("SN-42")).values()).containsExactly("SN-42");
        assertThat(codeOf(() -> fields.canonicalize("serial", List.of("42"))))
                .isEqualTo(ErrorCode.INVALID_CUSTOM_FIELD_VALUE);
        assertThat(codeOf(() -> fields.canonicalize("missing", List.of("1"))))
                .isEqualTo(ErrorCode.UNKNOWN_CUSTOM_FIELD);
    }

    @Test
    void refusesInvalidDefinitions() {
        assertThat(codeOf(() -> fields.create("Bad-Key", "x", "text", null, null, false)))
                .isEqualTo(ErrorCode.VALIDATION_FAILED);
        assertThat(codeOf(() -> fields.create("kind", "x", "colour", null, null, false)))
                .isEqualTo(ErrorCode.VALIDATION_FAILED);
        assertThat(codeOf(() -> fields.create("kind", "x", "dropdown", List.of(), null, false)))
                .isEqualTo(ErrorCode.VALIDATION_FAILED);
        assertThat(codeOf(() -> fields.create("kind", "x", "multi-select",
                List.of(new FieldOption("a", "A"), new FieldOption("a", "A again")), null, false)))
                .isEqualTo(ErrorCode.VALIDATION_FAILED);
        assertThat(codeOf(() -> fields.create("kind", "x", "text", PLANS, null, false)))
                .isEqualTo(ErrorCode.VALIDATION_FAILED);
        assertThat(codeOf(() -> fields.create("kind", "x", "regex", null, "[unclosed", false)))
                .isEqualTo(ErrorCode.VALIDATION_FAILED);
        assertThat(codeOf(() -> fields.create("kind", "x", "regex", null, null, false)))
                .isEqualTo(ErrorCode.VALIDATION_FAILED);
        assertThat(codeOf(() -> fields.create("kind", "x", "number", null, "[0-9]", false)))
                .isEqualTo(ErrorCode.VALIDATION_FAILED);
        assertThat(fields.find("kind")).isEmpty();
    }

    @Test
    void refusesATakenKey() {
        fields.create("region", "Region", "text", null, null, false);
        assertThat(codeOf(() -> fields.create("region", "Region again", "number", null, null, false)))
                .isEqualTo(ErrorCode.DUPLICATE_DEFINITION);
    }

    @Test
    void keepsAConcurrentChangeOfAnotherValue() throws Exception {
        fields.create("package", "Package", "dropdown", PLANS, null, false);
        List<FieldOption> more = List.of(new FieldOption("basic", "Basic"), new FieldOption("max", "Max"));
        CompletableFuture<CustomFieldDefinition> newOptions;
        try (HeldTransaction relabel = HeldTransaction.open(new DataSourceTransactionManager(dataSource),
                () -> fields.update("package", "Contract package", null, null, null))) {
            newOptions = CompletableFuture.supplyAsync(() -> fields.update("package", null, null, more, null));
            LockWaits.awaitBlockedOrDone(JdbcClient.create(dataSource), newOptions);
            relabel.commit();
        }
        CustomFieldDefinition expected = new CustomFieldDefinition("package", "Contract package",
                FieldType.DROPDOWN, more, null, true, 100, false);
        assertThat(newOptions.get(30, TimeUnit.SECONDS)).isEqualTo(expected);
        assertThat(fields.find("package")).contains(expected);
    }

    @Test
    void relabelsDeactivatesAndChangesOptions() {
        fields.create("plan", "Plan", "dropdown", PLANS, null, false);
        List<FieldOption> more = List.of(new FieldOption("basic", "Basic"), new FieldOption("enterprise", "Ent"));
        CustomFieldDefinition changed = fields.update("plan", "Contract plan", false, more, null);
        assertThat(fields.find("plan")).contains(changed);
        assertThat(changed.options()).isEqualTo(more);
        assertThat(changed.active()).isFalse();
        assertThat(codeOf(() -> fields.canonicalize("plan", List.of("basic"))))
                .isEqualTo(ErrorCode.UNKNOWN_CUSTOM_FIELD);
        assertThat(codeOf(() -> fields.update("plan", null, null, List.of(), null)))
                .isEqualTo(ErrorCode.VALIDATION_FAILED);
        assertThat(codeOf(() -> fields.update("nope", "x", null, null, null))).isEqualTo(ErrorCode.NOT_FOUND);
    }

    @Test
    void movesFieldsInTheListWithinBounds() {
        fields.create("sort_first", "Sorted first", "text", null, null, false);
        assertThat(fields.update("sort_first", null, null, null, null, 0).position()).isZero();
        assertThat(fields.all().getFirst().key()).isEqualTo("sort_first");
        assertThat(codeOf(() -> fields.update("sort_first", null, null, null, null, 20_000)))
                .isEqualTo(ErrorCode.VALIDATION_FAILED);
    }

    @Test
    void marksFieldsRequiredAndListsOnlyActiveRequiredOnes() {
        fields.create("req_serial", "Serial", "regex", null, "SN-[0-9]+", true, true);
        fields.create("req_later", "Later", "text", null, null, false);
        fields.create("req_retired", "Retired", "text", null, null, false, true);
        assertThat(fields.find("req_serial").orElseThrow().required()).isTrue();
        assertThat(fields.find("req_later").orElseThrow().required()).isFalse();

        CustomFieldDefinition later = fields.update("req_later", null, null, null, null, null, true);
        assertThat(later.required()).isTrue();
        assertThat(fields.find("req_later")).contains(later);
        fields.update("req_retired", null, false, null, null);
        assertThat(fields.required()).extracting(CustomFieldDefinition::key)
                .contains("req_serial", "req_later").doesNotContain("req_retired");

        // other changes leave the flag alone; false clears it
        assertThat(fields.update("req_later", "Later on", null, null, null).required()).isTrue();
        assertThat(fields.update("req_later", null, null, null, null, null, false).required()).isFalse();
        assertThat(fields.required()).extracting(CustomFieldDefinition::key).doesNotContain("req_later");
    }
}
