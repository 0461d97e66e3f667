package io.autocrm.command.testing;

import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * For race tests: work done in a transaction on another thread, which stays open (holding its locks) until the test
 * lets it commit.
 */
public final class HeldTransaction implements AutoCloseable {

    private static final long PATIENCE_SECONDS = 30;
    private final ExecutorService thread = Executors.newSingleThreadExecutor();
    private final CountDownLatch worked = new CountDownLatch(1);
    private final CountDownLatch commit = new CountDownLatch(1);
    private final Future<?> finished;

    private HeldTransaction(PlatformTransactionManager transactions, Runnable work) {
        finished = thread.submit(() -> new TransactionTemplate(transactions).executeWithoutResult(status -> {
            work.run();
            worked.countDown();
            awaitQuietly(commit);
        }));
    }

    /** Runs {@code work} in a new transaction and returns once it is done, its transaction still open. */
    public static HeldTransaction open(PlatformTransactionManager transactions, Runnable work) throws Exception {
        HeldTransaction held = new HeldTransaction(transactions, work);
        if (!held.worked.await(PATIENCE_SECONDS, TimeUnit.SECONDS)) {
            held.close();
            throw new TimeoutException("the held transaction's work did not finish");
        }
        return held;
    }

    /** Lets the transaction commit and waits until it has. */
    public void commit() throws ExecutionException, InterruptedException, TimeoutException {
        commit.countDown();
        finished.get(PATIENCE_SECONDS, TimeUnit.SECONDS);
    }

    @Override
    public void close() {
        commit.countDown();
        thread.shutdownNow();
    }

    private static void awaitQuietly(CountDownLatch latch) {
        try {
            latch.await(PATIENCE_SECONDS, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
