package io.autocrm.bench;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The results of one run: one section per benchmark, plus the machine and a verdict per target. Printed as it goes
 * and written to {@code bench/results/<timestamp>.json} and {@code latest.json}.
 */
final class Report {

    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private final Map<String, Object> root = new LinkedHashMap<>();
    private final List<Map<String, Object>> targets = new ArrayList<>();
    private final Instant started = Instant.now();

    Report(Options options, Map<String, Object> machine) {
        root.put("started", started.toString());
        root.put("machine", machine);
        Map<String, Object> run = new LinkedHashMap<>();
        run.put("benches", List.copyOf(options.benches()));
        run.put("tickets", options.tickets());
        run.put("database", options.database());
        run.put("app_jvm_options", options.appJvmOptions());
        run.put("app_jar", options.appJar().toString());
        run.put("app_env", options.appEnv().keySet());
        root.put("run", run);
        root.put("targets", targets);
    }

    @SuppressWarnings("unchecked")
    Map<String, Object> section(String name) {
        return (Map<String, Object>) root.computeIfAbsent(name, k -> new LinkedHashMap<String, Object>());
    }

    /** Records a target and whether this run met it. */
    void target(String name, String goal, String measured, boolean met) {
        Map<String, Object> t = new LinkedHashMap<>();
        t.put("target", name);
        t.put("goal", goal);
        t.put("measured", measured);
        t.put("met", met);
        targets.add(t);
        System.out.printf("  TARGET %-48s %-26s %-34s %s%n", name, goal, measured, met ? "MET" : "MISSED");
    }

    static void heading(String title) {
        System.out.println();
        System.out.println("== " + title + " " + "=".repeat(Math.max(0, 100 - title.length())));
    }

    Path write(Path dir) throws IOException {
        root.put("finished", Instant.now().toString());
        Files.createDirectories(dir);
        String stamp = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss").withZone(ZoneOffset.UTC).format(started);
        Path file = dir.resolve(stamp + ".json");
        JSON.writeValue(file.toFile(), root);
        Files.copy(file, dir.resolve("latest.json"), StandardCopyOption.REPLACE_EXISTING);
        System.out.println();
        System.out.println("Results written to " + file + " (and latest.json)");
        System.out.println("Targets:");
        for (Map<String, Object> t : targets) {
            System.out.printf("  %-50s %-28s %-36s %s%n", t.get("target"), t.get("goal"), t.get("measured"),
                    Boolean.TRUE.equals(t.get("met")) ? "MET" : "MISSED");
        }
        return file;
    }
}
