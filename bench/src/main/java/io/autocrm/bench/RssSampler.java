package io.autocrm.bench;

/** Samples the app's resident memory twice a second while a load runs; keeps the maximum. */
final class RssSampler {

    private final Thread thread;
    private volatile double max;
    private volatile boolean running = true;

    private RssSampler(App app) {
        this.thread = Thread.ofPlatform().daemon().name("rss-sampler").start(() -> {
            while (running) {
                max = Math.max(max, app.rssMb());
                try {
                    Thread.sleep(500);
                } catch (InterruptedException e) {
                    return;
                }
            }
        });
    }

    static RssSampler start(App app) {
        return new RssSampler(app);
    }

    double stop() throws InterruptedException {
        running = false;
        thread.join();
        return max;
    }
}
