package io.autocrm.bench;

import com.fasterxml.jackson.core.type.TypeReference;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * The agent workspace in a real Chromium on the data set (issue 9's figures): runs {@code ui/perf/workspace.perf.mjs}
 * (playwright-core with Debian's Chromium, from the web app's own {@code node_modules}) against the app under test
 * and records what it measured. The script signs two new agents in through the real login page and measures first
 * queue rows (full load and view switch), a ticket opened from the queue until fully rendered, and another agent's
 * change until it shows on an open queue.
 */
final class WebBench {

    private static final Path UI = Path.of("ui");

    private WebBench() {
    }

    static void run(Options o, Report report) throws IOException, InterruptedException {
        Report.heading("Web app: the agent workspace in Chromium");
        if (!Files.isDirectory(UI.resolve("node_modules/playwright-core"))) {
            throw new IllegalStateException("ui/node_modules is missing: run `npm ci` in ui/ (or build the app once)");
        }
        Path log = o.resultsDir().resolve("web-perf.log");
        ProcessBuilder pb = new ProcessBuilder("node", "perf/workspace.perf.mjs")
                .directory(UI.toFile())
                .redirectErrorStream(true)
                .redirectOutput(log.toFile());
        pb.environment().put("AUTOCRM_URL", "http://localhost:" + o.appPort());
        pb.environment().put("AUTOCRM_API_KEY", Api.KEY);
        pb.environment().put("TRIES", "20");
        Process script = pb.start();
        script.getOutputStream().close();
        if (!script.waitFor(15, TimeUnit.MINUTES)) {
            script.destroyForcibly();
            throw new IllegalStateException("the web benchmark did not finish in 15 minutes; see " + log);
        }
        List<String> lines = Files.readAllLines(log, StandardCharsets.UTF_8);
        lines.stream().filter(line -> !line.startsWith("RESULT ")).forEach(System.out::println);
        String result = lines.stream().filter(line -> line.startsWith("RESULT ")).findFirst()
                .orElseThrow(() -> new IllegalStateException("the web benchmark failed (exit " + script.exitValue()
                        + "); see " + log));
        Map<String, Map<String, Object>> figures = Api.JSON.readValue(result.substring("RESULT ".length()),
                new TypeReference<>() { });
        Map<String, Object> section = report.section("web");
        section.putAll(figures);
        section.put("log", log.toString());
        target(report, "first queue rows, full page load (p50)", "< 1000 ms", figures.get("first_rows_full_load"), 1000);
        target(report, "first queue rows, view switch (p50)", "< 1000 ms", figures.get("first_rows_view_switch"), 1000);
        target(report, "ticket opened from the queue (p50 of 20)", "< 300 ms", figures.get("ticket_open"), 300);
        target(report, "another agent's change on screen (p50)", "< 1000 ms", figures.get("other_agents_change"), 1000);
    }

    private static void target(Report report, String name, String goal, Map<String, Object> figure, double limit) {
        double p50 = ((Number) figure.get("p50_ms")).doubleValue();
        report.target(name, goal, String.format("p50 %.0f ms, p90 %.0f ms", p50,
                ((Number) figure.get("p90_ms")).doubleValue()), p50 < limit);
    }
}
