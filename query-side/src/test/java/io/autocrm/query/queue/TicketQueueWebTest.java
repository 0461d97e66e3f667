package io.autocrm.query.queue;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.zaxxer.hikari.HikariDataSource;
import io.autocrm.query.access.CustomerViewRulesReader;
import io.autocrm.query.testing.FullTicket;
import io.autocrm.query.testing.Projections;
import io.autocrm.query.testing.ReadModelDatabase;
import io.autocrm.query.testing.Seed;
import io.autocrm.query.testing.TestCaller;
import java.time.Instant;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;

/** The queue's JSON through Spring MVC: ids as strings, ISO-8601 instants, nulls where nothing is set. */
class TicketQueueWebTest {

    private static HikariDataSource dataSource;
    private static FullTicket ticket;
    private static MockMvc mvc;

    @BeforeAll
    static void seed() {
        dataSource = ReadModelDatabase.fresh();
        ticket = new FullTicket(new Seed(dataSource), Instant.parse("2026-08-01T12:00:00Z"), 1042);
        new Projections(dataSource).apply(ticket.story.events());
        mvc = MockMvcBuilders.standaloneSetup(new TicketQueueController(new QueueReader(dataSource),
                new TestCaller(), new CustomerViewRulesReader(dataSource))).build();
    }

    @AfterAll
    static void close() {
        dataSource.close();
    }

    @Test
    void rendersQueueItems() throws Exception {
        mvc.perform(get("/api/v1/tickets").param("category", "solved").param("tag", "billing")
                        .param("cf.areas", "eu").param("limit", "10"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.nextCursor").value(Matchers.nullValue()))
                .andExpect(jsonPath("$.items.length()").value(1))
                .andExpect(jsonPath("$.items[0].id").value(ticket.story.ticketId.toString()))
                .andExpect(jsonPath("$.items[0].number").value(1042))
                .andExpect(jsonPath("$.items[0].subject").value("Cannot print invoices"))
                .andExpect(jsonPath("$.items[0].status.key").value("solved"))
                .andExpect(jsonPath("$.items[0].status.category").value("solved"))
                .andExpect(jsonPath("$.items[0].priority").value("high"))
                .andExpect(jsonPath("$.items[0].type").value("incident"))
                .andExpect(jsonPath("$.items[0].requester.name").value("Rita Requester"))
                .andExpect(jsonPath("$.items[0].requester.erased").value(false))
                .andExpect(jsonPath("$.items[0].assignee.name").value("Ada Agent"))
                .andExpect(jsonPath("$.items[0].team").value(Matchers.nullValue()))
                .andExpect(jsonPath("$.items[0].tags[0]").value("billing"))
                .andExpect(jsonPath("$.items[0].customFields.plan[0]").value("gold"))
                .andExpect(jsonPath("$.items[0].customFields.areas[0]").value("eu"))
                .andExpect(jsonPath("$.items[0].channel").value("email"))
                .andExpect(jsonPath("$.items[0].createdAt").value("2026-08-01T12:00:00Z"))
                .andExpect(jsonPath("$.items[0].updatedAt").value("2026-08-01T12:16:00Z"))
                .andExpect(jsonPath("$.items[0].firstResponseAt").value("2026-08-01T12:04:00Z"))
                .andExpect(jsonPath("$.items[0].solvedAt").value("2026-08-01T12:16:00Z"))
                .andExpect(jsonPath("$.items[0].messageCount").value(4))
                .andExpect(jsonPath("$.items[0].version").value(17));
    }

    @Test
    void rendersAnEmptyPage() throws Exception {
        mvc.perform(get("/api/v1/tickets").param("assigneeId", "none"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.items.length()").value(0))
                .andExpect(jsonPath("$.nextCursor").value(Matchers.nullValue()));
    }
}
