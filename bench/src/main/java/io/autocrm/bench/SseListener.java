package io.autocrm.bench;

import java.net.http.HttpResponse;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentSkipListMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * A subscriber of {@code GET /api/v1/stream/tickets}: records when each {@code <ticketId>:<version>} event id arrives
 * (System.nanoTime), so a command's answer can be matched with its change on the screen.
 */
final class SseListener implements AutoCloseable {

    private final Map<String, ConcurrentSkipListMap<Long, Long>> arrivals = new ConcurrentHashMap<>();
    private final CountDownLatch snapshot = new CountDownLatch(1);
    private final Thread thread;
    private volatile Stream<String> lines;

    SseListener(Api api, String query) {
        this.thread = Thread.ofPlatform().daemon().name("sse").start(() -> {
            try {
                HttpResponse<Stream<String>> r = api.client().send(
                        api.request("/api/v1/stream/tickets" + query).header("Accept", "text/event-stream")
                                .timeout(java.time.Duration.ofHours(2)).GET().build(),
                        HttpResponse.BodyHandlers.ofLines());
                lines = r.body();
                lines.forEach(this::line);
            } catch (Exception e) {
                if (!Thread.currentThread().isInterrupted()) {
                    System.out.println("  SSE stream ended: " + e);
                }
            }
        });
    }

    private void line(String line) {
        long now = System.nanoTime();
        if (line.startsWith("id:")) {
            String id = line.substring(3).trim();
            int colon = id.lastIndexOf(':');
            if (colon > 0) {
                arrivals.computeIfAbsent(id.substring(0, colon), k -> new ConcurrentSkipListMap<>())
                        .putIfAbsent(Long.parseLong(id.substring(colon + 1)), now);
            }
        } else if (line.startsWith("event:") && line.contains("snapshot")) {
            snapshot.countDown();
        }
    }

    void awaitSnapshot() throws InterruptedException {
        if (!snapshot.await(30, TimeUnit.SECONDS)) {
            throw new IllegalStateException("no snapshot on the SSE stream within 30 s");
        }
    }

    /** When the first event with at least this version of the ticket arrived, or null. */
    Long arrival(String ticketId, long version) {
        ConcurrentSkipListMap<Long, Long> versions = arrivals.get(ticketId);
        if (versions == null) {
            return null;
        }
        Map.Entry<Long, Long> e = versions.ceilingEntry(version);
        return e == null ? null : e.getValue();
    }

    @Override
    public void close() {
        thread.interrupt();
        Stream<String> l = lines;
        if (l != null) {
            l.close();
        }
    }
}
