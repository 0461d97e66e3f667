package io.autocrm.identity.apikey;

import io.autocrm.identity.throttle.Limit;
import io.autocrm.identity.throttle.Throttle;
import io.autocrm.identity.throttle.Throttle.Decision;
import io.autocrm.identity.throttle.Throttles;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * What the API keys do: their rate limits, one allowance per key for the whole cluster
 * ({@code identity.api_key_throttle}), and their last use, written to the database at most once a minute per key and
 * node, off the request thread (a failed write is logged and never fails the request; the next use after it tries
 * again).
 */
@Component
class KeyUsage implements DisposableBean {

    private static final Logger log = LoggerFactory.getLogger(KeyUsage.class);
    private static final long WRITE_INTERVAL = TimeUnit.MINUTES.toNanos(1);

    private final ApiKeyStore store;
    private final Throttle throttle;
    private final Map<UUID, Long> lastWritten = new ConcurrentHashMap<>();
    private final ExecutorService writer = Executors.newVirtualThreadPerTaskExecutor();

    KeyUsage(ApiKeyStore store, Throttles throttles) {
        this.store = store;
        this.throttle = throttles.in("identity.api_key_throttle");
    }

    /** Takes a request from the key's allowance; a changed limit starts a new, full allowance. */
    Decision admit(UUID keyId, int perMinute) {
        return throttle.take(keyId + "/" + perMinute, Limit.perMinute(perMinute));
    }

    void used(UUID keyId) {
        long now = System.nanoTime();
        boolean[] due = new boolean[1];
        lastWritten.compute(keyId, (id, written) -> {
            due[0] = written == null || now - written >= WRITE_INTERVAL;
            return due[0] ? now : written;
        });
        if (due[0]) {
            Instant at = Instant.now();
            writer.execute(() -> write(keyId, at, now));
        }
    }

    private void write(UUID keyId, Instant at, long attempt) {
        try {
            store.touch(keyId, at);
        } catch (RuntimeException e) {
            lastWritten.remove(keyId, attempt);
            log.warn("Could not record the last use of API key {}: {}", keyId, e.toString());
        }
    }

    @Scheduled(fixedDelayString = "PT5M", initialDelayString = "PT5M")
    void forgetIdleKeys() {
        long now = System.nanoTime();
        lastWritten.values().removeIf(written -> now - written >= WRITE_INTERVAL);
    }

    @Override
    public void destroy() throws InterruptedException {
        writer.shutdown();
        writer.awaitTermination(5, TimeUnit.SECONDS);
    }
}
