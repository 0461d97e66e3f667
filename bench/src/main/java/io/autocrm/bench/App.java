package io.autocrm.bench;

import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * The product under test: {@code java -jar app/target/autocrm.jar} as a separate process on the benchmark database,
 * demo seeding off, with the bootstrap API key and a rate limit no benchmark reaches.
 */
final class App implements AutoCloseable {

    private final Process process;
    private final Api api;
    private final long startToHealthyMillis;
    private final Path log;

    private int smtpPort;

    /** The port of the app's embedded SMTP server (the support address receives there). */
    int smtpPort() {
        return smtpPort;
    }

    private static int freePort() {
        try (java.net.ServerSocket socket = new java.net.ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private App(Process process, Api api, long startToHealthyMillis, Path log) {
        this.process = process;
        this.api = api;
        this.startToHealthyMillis = startToHealthyMillis;
        this.log = log;
    }

    static App start(Options o, String label) throws IOException, InterruptedException {
        if (!Files.isRegularFile(o.appJar())) {
            throw new IllegalStateException(o.appJar() + " is missing: build it with ./autocrm build");
        }
        String java = ProcessHandle.current().info().command().orElse("java");
        List<String> cmd = new ArrayList<>(List.of(java));
        cmd.addAll(o.appJvmOptions());
        cmd.addAll(List.of("-jar", o.appJar().toString()));
        Files.createDirectories(o.resultsDir());
        Path log = o.resultsDir().resolve("app-" + label + ".log");
        ProcessBuilder pb = new ProcessBuilder(cmd).redirectErrorStream(true).redirectOutput(log.toFile());
        Map<String, String> env = pb.environment();
        env.remove("DATABASE_URL");
        env.put("SPRING_DATASOURCE_URL", o.jdbcUrl(o.database()));
        env.put("SPRING_DATASOURCE_USERNAME", "postgres");
        env.put("SPRING_DATASOURCE_PASSWORD", "");
        env.put("SERVER_PORT", String.valueOf(o.appPort()));
        env.put("AUTOCRM_DEMO_ENABLED", "false");
        env.put("AUTOCRM_BOOTSTRAP_API_KEY", Api.KEY);
        env.put("AUTOCRM_SECURITY_BOOTSTRAP_API_KEY", Api.KEY);
        env.put("AUTOCRM_SECURITY_BOOTSTRAP_API_KEY_RATE_LIMIT", "100000");
        env.put("AXONIQ_UPDATE_CHECKER_DISABLED", "true");
        // The embedded mail server on free ports: never in the way of another AutoCRM on this machine.
        int smtpPort = freePort();
        env.put("AUTOCRM_MAIL_EMBEDDED_SMTP_PORT", String.valueOf(smtpPort));
        env.put("AUTOCRM_MAIL_EMBEDDED_IMAP_PORT", String.valueOf(freePort()));
        env.putAll(o.appEnv());
        long t0 = System.nanoTime();
        Process p = pb.start();
        Api api = new Api(o.appPort());
        long deadline = t0 + TimeUnit.MINUTES.toNanos(5);
        while (true) {
            if (!p.isAlive()) {
                throw new IllegalStateException("the app exited with " + p.exitValue() + "; see " + log);
            }
            try {
                HttpResponse<String> r = api.get("/actuator/health");
                if (r.statusCode() == 200 && r.body().contains("\"UP\"")) {
                    break;
                }
            } catch (IOException e) {
                // not listening yet
            }
            if (System.nanoTime() > deadline) {
                p.destroyForcibly();
                throw new IllegalStateException("the app did not become healthy in 5 minutes; see " + log);
            }
            Thread.sleep(50);
        }
        long millis = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - t0);
        System.out.printf("  app pid %d healthy after %,d ms (log %s)%n", p.pid(), millis, log);
        App app = new App(p, api, millis, log);
        app.smtpPort = smtpPort;
        return app;
    }

    Api api() {
        return api;
    }

    long startToHealthyMillis() {
        return startToHealthyMillis;
    }

    long pid() {
        return process.pid();
    }

    Path log() {
        return log;
    }

    /** Resident set size of the app's JVM now, from /proc/&lt;pid&gt;/status, in MiB. */
    double rssMb() {
        try {
            for (String line : Files.readAllLines(Path.of("/proc/" + process.pid() + "/status"))) {
                if (line.startsWith("VmRSS:")) {
                    return Math.round(Long.parseLong(line.replaceAll("\\D", "")) / 1024.0 * 10) / 10.0;
                }
            }
        } catch (IOException e) {
            // process gone
        }
        return -1;
    }

    @Override
    public void close() throws InterruptedException {
        process.destroy();
        if (!process.waitFor(60, TimeUnit.SECONDS)) {
            process.destroyForcibly().waitFor();
        }
    }
}
