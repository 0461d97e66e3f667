package io.autocrm.query.queue;

import static org.assertj.core.api.Assertions.assertThat;

import com.zaxxer.hikari.HikariDataSource;
import io.autocrm.events.common.MessageId;
import io.autocrm.events.ticket.Priority;
import io.autocrm.events.ticket.TicketTaggedEvent;
import io.autocrm.query.access.Viewer;
import io.autocrm.query.testing.Projections;
import io.autocrm.query.testing.ReadModelDatabase;
import io.autocrm.query.testing.TicketStory;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Keyset paging: walking the pages of every sort gives every ticket exactly once, in the sort's order, even where
 * many tickets share a sort value (ties break on the ticket id).
 */
class QueuePagingTest {

    private static final int TICKETS = 23;
    private static final Instant BASE = Instant.parse("2026-01-10T10:00:00Z");
    private static HikariDataSource dataSource;
    private static QueueReader reader;

    @BeforeAll
    static void seed() {
        dataSource = ReadModelDatabase.fresh();
        reader = new QueueReader(dataSource);
        Projections projections = new Projections(dataSource);
        for (int i = 0; i < TICKETS; i++) {
            // groups of three share creation and update times; priorities repeat every four tickets
            TicketStory story = new TicketStory(UUID.randomUUID(), BASE.plus(Duration.ofHours(i / 3)));
            projections.apply(story.next(TicketStory.created(story.ticketId, 500 + (i * 7L) % TICKETS,
                    UUID.randomUUID(), UUID.randomUUID(), Priority.values()[i % 4], List.of("paging"), List.of())));
            if (i % 2 == 0) {
                projections.apply(story.next(new TicketTaggedEvent(story.id, List.of("even"))));
            }
        }
        projections.apply(new TicketStory(UUID.randomUUID(), BASE).next(TicketStory.created(UUID.randomUUID(), 9999,
                UUID.randomUUID(), MessageId.random().value())));
    }

    @AfterAll
    static void close() {
        dataSource.close();
    }

    @ParameterizedTest
    @ValueSource(strings = {"updatedAt", "-updatedAt", "createdAt", "-createdAt", "priority", "-priority", "number",
            "-number"})
    void walksEveryPageWithoutDuplicatesOrGaps(String sort) {
        List<QueueItem> walked = walk("tag=paging&sort=" + sort + "&limit=4");

        assertThat(walked).hasSize(TICKETS);
        assertThat(new HashSet<>(walked.stream().map(QueueItem::id).toList())).hasSize(TICKETS);
        assertThat(walked).isEqualTo(sorted(all(), QueueSort.parse(sort)));
    }

    @Test
    void pagesFilteredQueuesToo() {
        List<QueueItem> walked = walk("tag=paging&tag=even&sort=-priority&limit=3");
        assertThat(walked).hasSize(12).allSatisfy(item -> assertThat(item.tags()).contains("even"));
        assertThat(walked).isEqualTo(sorted(walked, QueueSort.parse("-priority")));
    }

    @Test
    void endsWithoutCursorAndCapsPageSizes() {
        QueuePage whole = page("tag=paging");
        assertThat(whole.items()).hasSize(TICKETS);
        assertThat(whole.nextCursor()).isNull();
        assertThat(page("limit=100").items()).hasSize(TICKETS + 1);

        QueuePage exact = page("tag=paging&limit=" + TICKETS);
        assertThat(exact.nextCursor()).as("no empty last page").isNull();
        QueuePage firstOfMany = page("tag=paging&limit=" + (TICKETS - 1));
        assertThat(page("tag=paging&limit=5&cursor=" + firstOfMany.nextCursor()).items()).hasSize(1);
    }

    private static List<QueueItem> walk(String query) {
        List<QueueItem> walked = new ArrayList<>();
        String cursor = null;
        int pages = 0;
        do {
            QueuePage page = page(query + (cursor == null ? "" : "&cursor=" + cursor));
            walked.addAll(page.items());
            cursor = page.nextCursor();
            assertThat(++pages).as("pages").isLessThan(20);
        } while (cursor != null);
        return walked;
    }

    private static List<QueueItem> all() {
        return page("tag=paging&limit=100").items();
    }

    /** The order the queue promises, computed independently of SQL. */
    private static List<QueueItem> sorted(List<QueueItem> items, QueueSort sort) {
        Comparator<QueueItem> byValue = switch (sort.field()) {
            case "updatedAt" -> Comparator.comparing(QueueItem::updatedAt);
            case "createdAt" -> Comparator.comparing(QueueItem::createdAt);
            case "priority" -> Comparator.comparingInt(item -> Priority.fromKey(item.priority()).ordinal());
            default -> Comparator.comparingLong(QueueItem::number);
        };
        Comparator<QueueItem> order = byValue.thenComparing(QueueItem::id);
        return items.stream().sorted(sort.descending() ? order.reversed() : order).toList();
    }

    private static QueuePage page(String query) {
        return reader.page(QueueParams.forQueue(QueueFilterTest.params(query), Viewer.STAFF));
    }
}
