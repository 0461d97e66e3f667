package io.autocrm.app.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeFalse;

import io.autocrm.app.support.Api;
import io.autocrm.app.support.AppTest;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The web app end to end: runs each {@code ui/e2e/*.e2e.mjs} scenario (a Playwright script driving Debian's
 * Chromium) against this assembled app on its random port, with the test suite's bootstrap API key to set up
 * people and tickets. A scenario passes when it exits with 0 and prints {@code "<name> end-to-end: passed"}.
 * Skipped only when the build skipped the web app ({@code -Dui.skip}).
 */
@AppTest
class BrowserEndToEndTest {

    private static final Path UI = Path.of(System.getProperty("user.dir")).resolveSibling("ui");

    @LocalServerPort
    int port;

    static List<String> scenarios() throws IOException {
        try (Stream<Path> files = Files.list(UI.resolve("e2e"))) {
            return files.map(file -> file.getFileName().toString())
                    .filter(name -> name.endsWith(".e2e.mjs"))
                    .map(name -> name.substring(0, name.length() - ".e2e.mjs".length()))
                    .sorted()
                    .toList();
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("scenarios")
    void scenarioPassesInChromium(String scenario) throws IOException, InterruptedException {
        assumeFalse(skipped(), "the web app was not built (-Dui.skip)");
        assertThat(getClass().getResource("/META-INF/resources/index.html")).as("the built web app on the classpath").isNotNull();
        Path log = Files.createTempFile(scenario + "-e2e", ".log");
        ProcessBuilder builder = new ProcessBuilder("node", "e2e/" + scenario + ".e2e.mjs")
                .directory(UI.toFile())
                .redirectErrorStream(true)
                .redirectOutput(log.toFile());
        builder.environment().put("AUTOCRM_URL", "http://localhost:" + port);
        builder.environment().put("AUTOCRM_API_KEY", Api.BOOTSTRAP_KEY);
        Process script = builder.start();
        script.getOutputStream().close();
        boolean finished = script.waitFor(10, TimeUnit.MINUTES);
        if (!finished) {
            script.destroyForcibly();
        }
        String output = Files.readString(log);
        System.out.println(output);
        assertThat(finished).as("the end-to-end script finished in time").isTrue();
        assertThat(script.exitValue()).as(output).isZero();
        assertThat(output).contains(scenario + " end-to-end: passed");
    }

    private static boolean skipped() {
        String flag = System.getProperty("ui.skip");
        return flag != null && !flag.equals("false");
    }
}
