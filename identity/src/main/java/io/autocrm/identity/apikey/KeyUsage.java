package io.autocrm.identity.apikey;

import io.autocrm.identity.apikey.TokenBucket.Decision;
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
 * What the API keys do on this node: their rate limits ({@link RateLimiter}) and their last use, written to the
 * database at most once a minute per key, off the request thread (a failed write is logged and never fails the
 * request; the next use after it tries again).
 */
@Component
class KeyUsage implements DisposableBean {

    private static final Logger log = LoggerFactory.getLogger(KeyUsage.class);
    private static final long WRITE_INTERVAL = TimeUnit.MINUTES.toNanos(1);

    private final ApiKeyStore store;
    private final RateLimiter rateLimiter = new RateLimiter(System::nanoTime);
    private final Map<UUID, Long> lastWritten = new ConcurrentHashMap<>();
    private final ExecutorService writer = Executors.newVirtualThreadPerTaskExecutor();

    KeyUsage(ApiKeyStore store) {
        this.store = store;
    }

    Decision admit(UUID keyId, int perMinute) {
        return rateLimiter.admit(keyId, perMinute);
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
        rateLimiter.forgetRefilled();
        long now = System.nanoTime();
        lastWritten.values().removeIf(written -> now - written >= WRITE_INTERVAL);
    }

    @Override
    public void destroy() throws InterruptedException {
        writer.shutdown();
        writer.awaitTermination(5, TimeUnit.SECONDS);
    }
}
