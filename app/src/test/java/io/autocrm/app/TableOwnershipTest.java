package io.autocrm.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.jar.JarFile;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Nothing outside the command side writes the tables it owns ({@code pii}, {@code directory}; docs/adr/008): the SQL
 * strings of every main class of the assembled classpath (the contract, json, platform, query side, identity and the
 * application) are searched for a statement that writes one of those schemas. Class files hold every string constant
 * and text block as written, so the search sees what the code would send, whichever module it comes from.
 */
class TableOwnershipTest {

    /**
     * A writing statement on a table of {@code pii} or {@code directory}. No word boundary before the keyword: in a
     * class file a string constant follows its length, whose byte may read as a letter or digit.
     */
    static final Pattern WRITES_COMMAND_SIDE_TABLES = Pattern.compile(
            "(?i)(INSERT\\s+INTO|UPDATE|DELETE\\s+FROM|TRUNCATE(\\s+TABLE)?|MERGE\\s+INTO|ALTER\\s+TABLE|DROP\\s+TABLE)"
                    + "\\s+(ONLY\\s+)?\"?(pii|directory)\"?\\.");
    private static final String COMMAND_SIDE = "io/autocrm/command/";

    @Test
    void noModuleButTheCommandSideWritesItsTables() {
        List<String> classes = ourMainClasses();
        assertThat(classes).as("the assembled classpath's classes").anyMatch(c -> c.startsWith(COMMAND_SIDE))
                .anyMatch(c -> c.startsWith("io/autocrm/identity/")).anyMatch(c -> c.startsWith("io/autocrm/app/"));

        List<String> writers = new ArrayList<>();
        List<String> owners = new ArrayList<>();
        for (String entry : classpath()) {
            forEachClass(entry, (name, bytes) -> {
                if (writes(bytes)) {
                    (name.startsWith(COMMAND_SIDE) ? owners : writers).add(name);
                }
            });
        }
        assertThat(owners).as("the search finds the command side's own writes").contains(
                COMMAND_SIDE + "customer/Customers.class", COMMAND_SIDE + "directory/Organisations.class");
        assertThat(writers).as("classes outside the command side that write pii or directory tables").isEmpty();
    }

    @Test
    void recognisesAStatementThatWritesThoseTables() {
        assertThat(WRITES_COMMAND_SIDE_TABLES.matcher("INSERT INTO directory.agent (id) VALUES (?)").find()).isTrue();
        assertThat(WRITES_COMMAND_SIDE_TABLES.matcher("update pii.customer set name = ?").find()).isTrue();
        assertThat(WRITES_COMMAND_SIDE_TABLES.matcher("DELETE FROM pii.ticket_content WHERE id = ?").find()).isTrue();
        assertThat(WRITES_COMMAND_SIDE_TABLES.matcher("\u00009INSERT INTO directory.installation_fact (fact)").find())
                .as("as a class file holds it, after its length").isTrue();
        assertThat(WRITES_COMMAND_SIDE_TABLES.matcher("SELECT 1 FROM directory.agent").find()).isFalse();
        assertThat(WRITES_COMMAND_SIDE_TABLES.matcher("INSERT INTO identity.user_account (id) VALUES (?)").find())
                .isFalse();
    }

    private static boolean writes(byte[] classFile) {
        Matcher matcher = WRITES_COMMAND_SIDE_TABLES.matcher(new String(classFile, StandardCharsets.ISO_8859_1));
        return matcher.find();
    }

    private static List<String> ourMainClasses() {
        List<String> names = new ArrayList<>();
        classpath().forEach(entry -> forEachClass(entry, (name, bytes) -> names.add(name)));
        return names;
    }

    /** The classpath's main entries: test classes and test jars left out. */
    private static List<String> classpath() {
        return Arrays.stream(System.getProperty("java.class.path").split(File.pathSeparator))
                .filter(entry -> !entry.endsWith("test-classes") && !entry.endsWith("-tests.jar")).toList();
    }

    private interface ClassVisitor {
        void visit(String name, byte[] bytes) throws IOException;
    }

    /** Visits every class under {@code io/autocrm/} in a classes folder or a jar. */
    private static void forEachClass(String entry, ClassVisitor visitor) {
        Path path = Path.of(entry);
        try {
            if (Files.isDirectory(path)) {
                Path root = path.resolve("io/autocrm");
                if (!Files.isDirectory(root)) {
                    return;
                }
                try (Stream<Path> files = Files.walk(root)) {
                    for (Path file : files.filter(f -> f.toString().endsWith(".class")).toList()) {
                        visitor.visit(path.relativize(file).toString().replace(File.separatorChar, '/'),
                                Files.readAllBytes(file));
                    }
                }
            } else if (entry.endsWith(".jar") && Files.isRegularFile(path)) {
                try (JarFile jar = new JarFile(path.toFile())) {
                    for (var e : jar.stream().filter(e -> e.getName().startsWith("io/autocrm/")
                            && e.getName().endsWith(".class")).toList()) {
                        try (var in = jar.getInputStream(e)) {
                            visitor.visit(e.getName(), in.readAllBytes());
                        }
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
