package io.autocrm.app.drills;

import static io.autocrm.app.drills.DrillApi.json;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ThreadLocalRandom;
import java.util.stream.Collectors;

/**
 * Conditional updates as careful clients make them: read the ticket's version, PATCH with {@code If-Match}, and on a
 * 409 version-conflict read again and retry, a bounded number of times. Shared by many client threads; records every
 * answer.
 */
final class ConditionalUpdates {

    private static final int MAX_ATTEMPTS = 200;

    private final DrillApi api;
    private final Map<Integer, Long> statuses = new ConcurrentHashMap<>();
    private final List<DrillApi.Reply> unexpected = Collections.synchronizedList(new ArrayList<>());
    private final List<Applied> applied = Collections.synchronizedList(new ArrayList<>());

    /** An update the server applied: the tag it added and the version it answered. */
    record Applied(String ticket, String tag, long version) {
    }

    ConditionalUpdates(DrillApi api) {
        this.api = api;
    }

    /** Adds the tag to the ticket, retrying on conflicts; answers whether it was applied. */
    boolean addTag(String ticket, String tag) throws InterruptedException {
        for (int attempt = 0; attempt < MAX_ATTEMPTS; attempt++) {
            DrillApi.Reply read = api.get("/api/v1/tickets/" + ticket);
            if (read.status() != 200) {
                unexpected.add(read);
                return false;
            }
            DrillApi.Reply reply = api.patch("/api/v1/tickets/" + ticket, json("addTags", List.of(tag)),
                    "If-Match", "\"" + read.json().get("version").asLong() + "\"");
            statuses.merge(reply.status(), 1L, Long::sum);
            if (reply.status() == 200) {
                applied.add(new Applied(ticket, tag, reply.json().get("version").asLong()));
                return true;
            }
            if (reply.status() != 409 || !"version-conflict".equals(reply.code())) {
                unexpected.add(reply);
                return false;
            }
            Thread.sleep(ThreadLocalRandom.current().nextInt(10));
        }
        return false;
    }

    /** Answers that were neither 200 nor 409 version-conflict (and reads that were not 200). */
    List<DrillApi.Reply> unexpected() {
        return List.copyOf(unexpected);
    }

    /** PATCH answers by status. */
    Map<Integer, Long> statuses() {
        return new TreeMap<>(statuses);
    }

    Set<String> tagsApplied(String ticket) {
        return appliedTo(ticket).stream().map(Applied::tag).collect(Collectors.toSet());
    }

    List<Long> versionsAnswered(String ticket) {
        return appliedTo(ticket).stream().map(Applied::version).toList();
    }

    private List<Applied> appliedTo(String ticket) {
        synchronized (applied) {
            return applied.stream().filter(a -> a.ticket().equals(ticket)).toList();
        }
    }
}
