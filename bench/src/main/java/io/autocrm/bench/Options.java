package io.autocrm.bench;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/** The command line: which benchmarks to run and their knobs. */
record Options(Set<String> benches, int tickets, boolean regenerate, long seed, String pgHost, int pgPort,
               String database, int appPort, Path appJar, Path resultsDir, List<String> appJvmOptions,
               int commandSeconds, List<Integer> concurrency, int queueRequests, int screenSeconds,
               int screenRate, int idleSamples, java.util.Map<String, String> appEnv, int mails) {

    static final List<String> ALL = List.of("generate", "replay", "footprint", "queue", "screen", "commands", "engine",
            "web", "mail");

    static final String USAGE = """
            usage: bench/run [all|generate|replay|footprint|queue|screen|commands|engine|web|mail ...] [options]
              --tickets N           data set size (default 100000; 1000000 for the 1M-ticket queue run)
              --regenerate          generate the data set even if the benchmark database already holds it
              --seed S              random seed of the generator (default 42)
              --db NAME             benchmark database (default autocrm_bench_<tickets>)
              --pg-host H --pg-port P   local PostgreSQL (default 127.0.0.1:5432, user postgres, trust)
              --port P              HTTP port of the app under test (default 18080)
              --app-jar PATH        default app/target/autocrm.jar
              --app-jvm-opts "..."  extra JVM options for the app (e.g. -XX:StartFlightRecording=...)
              --duration S          seconds per command-bench concurrency level (default 20)
              --concurrency 1,4,16  closed-loop client counts (default 1,4,16)
              --queue-requests N    measured requests per queue view (default 300)
              --screen-seconds S    seconds of the paced load in the write-to-screen bench (default 20)
              --rate R              commands/s of that paced load (default 200)
              --idle-samples N      write-to-screen samples at idle (default 200)
              --app-env K=V         extra environment variable for the app (repeatable)
              --mails N             mails of the generated mailbox the mail bench takes in (default 10000)
            """;

    static Options parse(String[] args) {
        Set<String> benches = new LinkedHashSet<>();
        int tickets = 100_000;
        boolean regenerate = false;
        long seed = 42;
        String host = "127.0.0.1";
        int pgPort = 5432;
        String db = null;
        int port = 18080;
        Path jar = Path.of("app/target/autocrm.jar");
        Path results = Path.of("bench/results");
        List<String> jvm = new ArrayList<>();
        int duration = 20;
        List<Integer> concurrency = List.of(1, 4, 16);
        int queueRequests = 300;
        int screenSeconds = 20;
        int rate = 200;
        int idle = 200;
        int mails = 10_000;
        java.util.Map<String, String> env = new java.util.LinkedHashMap<>();
        for (int i = 0; i < args.length; i++) {
            String a = args[i];
            switch (a) {
                case "--tickets" -> tickets = Integer.parseInt(args[++i].replace("_", ""));
                case "--regenerate" -> regenerate = true;
                case "--seed" -> seed = Long.parseLong(args[++i]);
                case "--db" -> db = args[++i];
                case "--pg-host" -> host = args[++i];
                case "--pg-port" -> pgPort = Integer.parseInt(args[++i]);
                case "--port" -> port = Integer.parseInt(args[++i]);
                case "--app-jar" -> jar = Path.of(args[++i]);
                case "--results" -> results = Path.of(args[++i]);
                case "--app-jvm-opts" -> jvm.addAll(Arrays.asList(args[++i].trim().split("\\s+")));
                case "--duration" -> duration = Integer.parseInt(args[++i]);
                case "--concurrency" -> concurrency = Arrays.stream(args[++i].split(",")).map(String::trim)
                        .map(Integer::parseInt).toList();
                case "--queue-requests" -> queueRequests = Integer.parseInt(args[++i]);
                case "--screen-seconds" -> screenSeconds = Integer.parseInt(args[++i]);
                case "--rate" -> rate = Integer.parseInt(args[++i]);
                case "--idle-samples" -> idle = Integer.parseInt(args[++i]);
                case "--mails" -> mails = Integer.parseInt(args[++i].replace("_", ""));
                case "--app-env" -> {
                    String[] kv = args[++i].split("=", 2);
                    env.put(kv[0], kv.length > 1 ? kv[1] : "");
                }
                case "all" -> benches.addAll(ALL);
                case "-h", "--help", "help" -> throw new IllegalArgumentException(USAGE);
                default -> {
                    if (!ALL.contains(a)) {
                        throw new IllegalArgumentException("unknown argument '" + a + "'\n" + USAGE);
                    }
                    benches.add(a);
                }
            }
        }
        if (benches.isEmpty()) {
            benches.addAll(ALL);
        }
        jvm.removeIf(String::isBlank);
        return new Options(benches, tickets, regenerate, seed, host, pgPort,
                db != null ? db : "autocrm_bench_" + tickets, port, jar, results, List.copyOf(jvm), duration,
                concurrency, queueRequests, screenSeconds, rate, idle, java.util.Map.copyOf(env), mails);
    }

    boolean runs(String bench) {
        return benches.contains(bench);
    }

    String jdbcUrl(String db) {
        return "jdbc:postgresql://" + pgHost + ":" + pgPort + "/" + db;
    }
}
