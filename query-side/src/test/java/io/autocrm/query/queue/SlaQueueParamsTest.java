package io.autocrm.query.queue;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.autocrm.events.common.DomainException;
import io.autocrm.query.access.Viewer;
import java.time.Instant;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** The queue's SLA filters and sort: read for staff, unknown to customers. */
class SlaQueueParamsTest {

    private static final Viewer CUSTOMER = new Viewer(UUID.randomUUID(), null);

    @Test
    void readsTheSlaFiltersAndSortForStaff() {
        FindTicketQueueQuery query = QueueParams.forQueue(QueueFilterTest.params(
                "slaBreached=true&slaDueBefore=2026-12-07T11:00:00Z&sort=slaDueAt"), Viewer.STAFF);
        assertThat(query.filter().slaBreached()).isTrue();
        assertThat(query.filter().slaDueBefore()).isEqualTo(Instant.parse("2026-12-07T11:00:00Z"));
        assertThat(query.sort()).isEqualTo(new QueueSort("slaDueAt", false));
    }

    @Test
    void refusesThemToCustomers() {
        for (String refused : new String[] {"slaBreached=true", "slaDueBefore=2026-12-07T11:00:00Z", "sort=-slaDueAt"}) {
            assertThatThrownBy(() -> QueueParams.forQueue(QueueFilterTest.params(refused), CUSTOMER))
                    .as(refused).isInstanceOf(DomainException.class);
        }
    }

    @Test
    void refusesAnythingButTrueOrFalse() {
        assertThatThrownBy(() -> QueueParams.forQueue(QueueFilterTest.params("slaBreached=maybe"), Viewer.STAFF))
                .isInstanceOf(DomainException.class).hasMessageContaining("true or false");
    }
}
