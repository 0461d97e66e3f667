package io.autocrm.app.drills;

import java.io.Closeable;
import java.io.IOException;
import java.util.HashMap;
import java.util.Map;
import tools.jackson.databind.JsonNode;

/**
 * What a screen subscribed to the live queue shows: it folds the stream as a client must, a {@code snapshot}
 * replacing everything and each {@code ticket} event raising that ticket to its version.
 */
final class LiveQueue implements Closeable {

    private final Map<String, Long> versions = new HashMap<>();
    private final Closeable stream;
    private String event;
    private int snapshots;

    private LiveQueue(DrillApi api) throws IOException {
        this.stream = api.stream("/api/v1/stream/tickets", this::line);
    }

    static LiveQueue open(DrillApi api) throws IOException {
        return new LiveQueue(api);
    }

    private synchronized void line(String line) {
        if (line.startsWith("event:")) {
            event = line.substring("event:".length()).trim();
        } else if (line.startsWith("data:")) {
            JsonNode data = DrillApi.JSON.readTree(line.substring("data:".length()));
            switch (event) {
                case "snapshot" -> {
                    snapshots++;
                    versions.clear();
                    data.get("items").forEach(this::show);
                }
                case "ticket" -> show(data);
                case "ticket-removed" -> versions.remove(data.get("id").asString());
                case null, default -> { }
            }
        } else if (line.isEmpty()) {
            event = null;
        }
    }

    private void show(JsonNode ticket) {
        versions.merge(ticket.get("id").asString(), ticket.get("version").asLong(), Math::max);
    }

    /** The version this screen shows of a ticket; null when it shows none. */
    synchronized Long version(String ticketId) {
        return versions.get(ticketId);
    }

    synchronized int snapshots() {
        return snapshots;
    }

    @Override
    public void close() throws IOException {
        stream.close();
    }
}
