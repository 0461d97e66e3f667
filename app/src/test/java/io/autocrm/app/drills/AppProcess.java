package io.autocrm.app.drills;

import static org.awaitility.Awaitility.await;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.jar.JarFile;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * AutoCRM as a separate OS process (so it can be killed for real), started from the test JVM's own classpath without
 * the test classes, against a given database, with demo data off and the drills' bootstrap API key. Its output goes
 * to {@code target/drills/<name>.log}.
 */
final class AppProcess implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(AppProcess.class);
    static final Path DRILLS_DIR = Path.of("target", "drills").toAbsolutePath();
    /** The admin API key every drill request carries: the app creates it at startup as its bootstrap key. */
    static final String API_KEY = "acrm_drill_0123456789abcdef0123456789abcdef01234567";
    /** Requests a minute allowed to the bootstrap key: the most the application accepts, far above any drill's load. */
    private static final int RATE_LIMIT = 100_000;
    private static final String MAIN_CLASS = "io.autocrm.app.AutoCrmApplication";

    private final String name;
    private final String databaseUrl;
    private final List<String> extraArgs;
    private final int port;
    private Process process;

    private AppProcess(String name, String databaseUrl, List<String> extraArgs) {
        this.name = name;
        this.databaseUrl = databaseUrl;
        this.extraArgs = extraArgs;
        this.port = freePort();
    }

    /** Starts the application and waits until its health endpoint answers UP. */
    static AppProcess start(String name, String databaseUrl, String... extraArgs) {
        AppProcess app = new AppProcess(name, databaseUrl, List.of(extraArgs));
        app.launch();
        return app;
    }

    boolean isAlive() {
        return process.isAlive();
    }

    Path logFile() {
        return DRILLS_DIR.resolve(name + ".log");
    }

    DrillApi api() {
        return new DrillApi(port, API_KEY);
    }

    /** SIGKILL: no shutdown hook, no graceful shutdown, no flush. Answers the exit code (137 = killed by signal 9). */
    int kill() throws InterruptedException {
        process.destroyForcibly();
        if (!process.waitFor(30, TimeUnit.SECONDS)) {
            throw new IllegalStateException(name + " did not die after SIGKILL");
        }
        return process.exitValue();
    }

    /** A normal stop (SIGTERM, graceful shutdown), forcibly after 30 s. */
    @Override
    public void close() {
        if (process == null || !process.isAlive()) {
            return;
        }
        process.destroy();
        try {
            if (!process.waitFor(30, TimeUnit.SECONDS)) {
                process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
            }
        } catch (InterruptedException e) {
            process.destroyForcibly();
            Thread.currentThread().interrupt();
        }
    }

    private void launch() {
        try {
            Files.createDirectories(DRILLS_DIR);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        ProcessBuilder builder = new ProcessBuilder(command()).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.to(logFile().toFile()));
        builder.environment().keySet().removeIf(key -> key.startsWith("AUTOCRM_") || key.equals("DATABASE_URL")
                || key.startsWith("SPRING_") || key.equals("SERVER_PORT"));
        try {
            process = builder.start();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot start " + name, e);
        }
        Children.register(process);
        log.info("Started {} as pid {} on port {} (log: {})", name, process.pid(), port, logFile());
        awaitHealthy();
    }

    /** The current JVM's java, a small heap, the application's classpath, and settings as command-line arguments. */
    private List<String> command() {
        List<String> command = new ArrayList<>(List.of(javaExecutable(), "-Xmx512m", "-XX:+UseSerialGC",
                "-XX:TieredStopAtLevel=1", "-cp", applicationClasspath(), MAIN_CLASS,
                "--server.port=" + port,
                "--spring.datasource.url=" + databaseUrl,
                "--spring.datasource.username=postgres",
                "--spring.datasource.password=",
                "--autocrm.demo.enabled=false",
                // an embedded mail server on free ports (a drill that needs mail names its own servers)
                "--autocrm.mail.embedded.smtp-port=0", "--autocrm.mail.embedded.imap-port=0",
                "--autocrm.security.bootstrap-api-key=" + API_KEY,
                "--autocrm.security.bootstrap-api-key-rate-limit=" + RATE_LIMIT,
                "--logging.level.io.autocrm=info"));
        command.addAll(extraArgs);
        return command;
    }

    /** Waits (bounded) until {@code /actuator/health} answers 200 UP; fails early if the process dies. */
    void awaitHealthy() {
        DrillApi api = api();
        await(name + " healthy (see " + logFile() + ")").atMost(Duration.ofSeconds(120))
                .pollInterval(Duration.ofMillis(250)).until(() -> {
                    if (!process.isAlive()) {
                        throw new IllegalStateException(name + " exited with " + process.exitValue() + "; see "
                                + logFile());
                    }
                    DrillApi.Reply health = api.tryGet("/actuator/health");
                    return health != null && health.status() == 200 && health.body().contains("\"UP\"");
                });
    }

    private static String javaExecutable() {
        return ProcessHandle.current().info().command()
                .orElse(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    }

    /**
     * The test JVM's classpath, expanded from surefire's manifest-only booter jar when it uses one, without the test
     * classes (they hold Spring components of their own that would join the application's component scan).
     */
    static String applicationClasspath() {
        return Arrays.stream(System.getProperty("java.class.path").split(File.pathSeparator))
                .flatMap(AppProcess::expandManifestJar)
                .filter(entry -> !Path.of(entry).normalize().endsWith(Path.of("target", "test-classes")))
                .reduce((a, b) -> a + File.pathSeparator + b).orElseThrow();
    }

    private static Stream<String> expandManifestJar(String entry) {
        if (!Path.of(entry).getFileName().toString().startsWith("surefirebooter")) {
            return Stream.of(entry);
        }
        try (JarFile jar = new JarFile(entry)) {
            String classPath = jar.getManifest().getMainAttributes().getValue("Class-Path");
            URI base = Path.of(entry).toUri();
            return Arrays.stream(classPath.trim().split(" +")).map(url -> Path.of(base.resolve(url)).toString())
                    .toList().stream();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            socket.setReuseAddress(true);
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Kills every application process still running when the test JVM ends, however it ends. */
    private static final class Children {

        private static final List<Process> RUNNING = new ArrayList<>();

        static {
            Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                synchronized (RUNNING) {
                    RUNNING.forEach(Process::destroyForcibly);
                }
            }));
        }

        static void register(Process process) {
            synchronized (RUNNING) {
                RUNNING.removeIf(p -> !p.isAlive());
                RUNNING.add(process);
            }
        }
    }
}
