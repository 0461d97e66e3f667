package io.autocrm.app.drills;

import java.util.Collection;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

/** What the server acknowledged (answered 2xx) during a load: per ticket, its latest version, tags and messages. */
final class Ledger {

    private final Map<String, Ticket> tickets = new ConcurrentHashMap<>();
    private final AtomicInteger creates = new AtomicInteger();
    private final AtomicInteger patches = new AtomicInteger();
    private final AtomicInteger messages = new AtomicInteger();

    /** One acknowledged ticket: every write to it that was acknowledged, with the version each answered. */
    static final class Ticket {

        final String id;
        final Map<String, Long> tagVersions = new ConcurrentHashMap<>();
        final Map<String, Long> messageVersions = new ConcurrentHashMap<>();
        volatile long version;
        volatile String priority;

        Ticket(String id) {
            this.id = id;
        }
    }

    void created(String id, long version) {
        Ticket ticket = new Ticket(id);
        ticket.version = version;
        tickets.put(id, ticket);
        creates.incrementAndGet();
    }

    void tagged(String id, String tag, long version) {
        Ticket ticket = tickets.get(id);
        ticket.tagVersions.put(tag, version);
        ticket.version = Math.max(ticket.version, version);
        patches.incrementAndGet();
    }

    void prioritised(String id, String priority, long version) {
        Ticket ticket = tickets.get(id);
        ticket.priority = priority;
        ticket.version = Math.max(ticket.version, version);
        patches.incrementAndGet();
    }

    void messaged(String id, String messageId, long version) {
        Ticket ticket = tickets.get(id);
        ticket.messageVersions.put(messageId, version);
        ticket.version = Math.max(ticket.version, version);
        messages.incrementAndGet();
    }

    long version(String id) {
        return tickets.get(id).version;
    }

    Collection<Ticket> tickets() {
        return tickets.values();
    }

    int acknowledged() {
        return creates.get() + patches.get() + messages.get();
    }

    @Override
    public String toString() {
        return acknowledged() + " acknowledged writes (" + creates.get() + " creates, " + patches.get()
                + " patches, " + messages.get() + " messages) on " + tickets.size() + " tickets";
    }
}
