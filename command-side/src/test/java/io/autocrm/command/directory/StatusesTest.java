package io.autocrm.command.directory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.autocrm.access.Caller;
import io.autocrm.command.testing.HeldTransaction;
import io.autocrm.command.testing.LockWaits;
import io.autocrm.events.common.DomainException;
import io.autocrm.events.common.ErrorCode;
import io.autocrm.events.ticket.Status;
import io.autocrm.events.ticket.StatusCategory;
import io.autocrm.platform.database.ConfigurationHistory;
import io.autocrm.testsupport.TestPostgres;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import javax.sql.DataSource;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;

/** The status catalog on PostgreSQL with the real migrations. */
class StatusesTest {

    static DataSource dataSource;
    static Statuses statuses;

    @BeforeAll
    static void database() {
        dataSource = TestPostgres.freshMigratedDataSource();
        statuses = new Statuses(JdbcClient.create(dataSource), ConfigurationHistory.on(dataSource, () -> Caller.SYSTEM));
    }

    static ErrorCode codeOf(Runnable action) {
        try {
            action.run();
        } catch (DomainException e) {
            return e.errorCode();
        }
        throw new AssertionError("expected a DomainException");
    }

    @Test
    void listsBuiltInStatusesFirstInLifecycleOrder() {
        assertThat(statuses.all()).extracting(StatusDefinition::key)
                .startsWith("new", "open", "pending", "on-hold", "solved", "closed");
        assertThat(statuses.resolve("on-hold")).isEqualTo(Status.builtIn(StatusCategory.ON_HOLD));
    }

    @Test
    void definesCustomStatusesMappedOntoACategory() {
        StatusDefinition created = statuses.create("waiting-on-vendor", " Waiting on vendor ", "on-hold");
        assertThat(created.label()).isEqualTo("Waiting on vendor");
        assertThat(statuses.resolve("waiting-on-vendor"))
                .isEqualTo(new Status("waiting-on-vendor", StatusCategory.ON_HOLD));
        assertThat(statuses.all()).extracting(StatusDefinition::key).contains("waiting-on-vendor");
    }

    @Test
    void refusesInvalidOrTakenKeysAndUnknownCategories() {
        assertThat(codeOf(() -> statuses.create("Bad Key", "x", "open"))).isEqualTo(ErrorCode.VALIDATION_FAILED);
        assertThat(codeOf(() -> statuses.create("good-key", "x", "on_hold"))).isEqualTo(ErrorCode.VALIDATION_FAILED);
        assertThat(codeOf(() -> statuses.create("good-key", " ", "open"))).isEqualTo(ErrorCode.VALIDATION_FAILED);
        assertThat(codeOf(() -> statuses.create("open", "Open again", "open")))
                .isEqualTo(ErrorCode.DUPLICATE_DEFINITION);
    }

    @Test
    void deactivatesCustomStatusesButNeverBuiltInOnes() {
        statuses.create("escalated", "Escalated", "open");
        StatusDefinition updated = statuses.update("escalated", "Escalated to L2", false);
        assertThat(updated.label()).isEqualTo("Escalated to L2");
        assertThat(updated.active()).isFalse();
        assertThat(codeOf(() -> statuses.resolve("escalated"))).isEqualTo(ErrorCode.INACTIVE_STATUS);
        assertThat(statuses.update("escalated", null, true).active()).isTrue();
        assertThat(statuses.resolve("escalated").key()).isEqualTo("escalated");

        assertThat(codeOf(() -> statuses.update("solved", null, false))).isEqualTo(ErrorCode.VALIDATION_FAILED);
        assertThat(statuses.update("solved", "Done", null).label()).isEqualTo("Done");
        assertThat(codeOf(() -> statuses.update("nope", "x", null))).isEqualTo(ErrorCode.NOT_FOUND);
    }

    @Test
    void movesStatusesInTheListWithinBounds() {
        statuses.create("awaiting-parts", "Awaiting parts", "pending");
        statuses.create("parts-ordered", "Parts ordered", "pending");
        assertThat(statuses.update("parts-ordered", null, null, 55).position()).isEqualTo(55);
        assertThat(statuses.all().stream().map(StatusDefinition::key).toList())
                .containsSubsequence("closed", "parts-ordered", "awaiting-parts");
        assertThat(codeOf(() -> statuses.update("awaiting-parts", null, null, -1)))
                .isEqualTo(ErrorCode.VALIDATION_FAILED);
        assertThat(codeOf(() -> statuses.update("awaiting-parts", null, null, 10_001)))
                .isEqualTo(ErrorCode.VALIDATION_FAILED);
    }

    @Test
    void keepsAConcurrentChangeOfTheOtherValue() throws Exception {
        statuses.create("triage", "Triage", "new");
        CompletableFuture<StatusDefinition> deactivation;
        try (HeldTransaction relabel = HeldTransaction.open(new DataSourceTransactionManager(dataSource),
                () -> statuses.update("triage", "Triage desk", null))) {
            deactivation = CompletableFuture.supplyAsync(() -> statuses.update("triage", null, false));
            LockWaits.awaitBlockedOrDone(JdbcClient.create(dataSource), deactivation);
            relabel.commit();
        }
        StatusDefinition expected = new StatusDefinition("triage", "Triage desk", StatusCategory.NEW, false, false,
                100);
        assertThat(deactivation.get(30, TimeUnit.SECONDS)).isEqualTo(expected);
        assertThat(statuses.find("triage")).contains(expected);
    }

    @Test
    void resolvesUnknownKeysToUnknownStatus() {
        assertThat(codeOf(() -> statuses.resolve("no-such-status"))).isEqualTo(ErrorCode.UNKNOWN_STATUS);
        assertThatThrownBy(() -> statuses.resolve("x".repeat(1000)))
                .isInstanceOf(DomainException.class).hasMessage("No status has this key.");
    }
}
