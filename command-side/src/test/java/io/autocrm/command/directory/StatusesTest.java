package io.autocrm.command.directory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.autocrm.events.common.DomainException;
import io.autocrm.events.common.ErrorCode;
import io.autocrm.events.ticket.Status;
import io.autocrm.events.ticket.StatusCategory;
import io.autocrm.testsupport.TestPostgres;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The status catalog on PostgreSQL with the real migrations. */
class StatusesTest {

    static Statuses statuses;

    @BeforeAll
    static void database() {
        statuses = new Statuses(JdbcClient.create(TestPostgres.freshMigratedDataSource()));
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
    void resolvesUnknownKeysToUnknownStatus() {
        assertThat(codeOf(() -> statuses.resolve("no-such-status"))).isEqualTo(ErrorCode.UNKNOWN_STATUS);
        assertThatThrownBy(() -> statuses.resolve("x".repeat(1000)))
                .isInstanceOf(DomainException.class).hasMessage("No status has this key.");
    }
}
