package io.autocrm.platform.axon;

import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.axonframework.eventhandling.GenericDomainEventEntry;
import org.axonframework.serialization.Revision;
import org.axonframework.serialization.SerializedObject;
import org.axonframework.serialization.SimpleSerializedObject;
import org.axonframework.serialization.json.JacksonSerializer;
import org.axonframework.serialization.upcasting.event.InitialEventRepresentation;
import org.axonframework.serialization.upcasting.event.IntermediateEventRepresentation;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * Stored events must stay readable forever. Every fixture in src/test/resources/events, named
 * &lt;Event&gt;.r&lt;revision&gt;.json, is read through the application's serializer and upcasters (EventUpcasters) and
 * must give the event's current sample. When an event changes shape: keep the old fixture, raise the revision, add an
 * upcaster to EventUpcasters, add a fixture of the new revision, and update the sample (docs/events.md).
 */
class EventJsonFixturesTest {

    private static final Pattern FIXTURE = Pattern.compile("(\\w+)\\.r(\\w+)\\.json");

    private final JacksonSerializer serializer = JacksonSerializer.builder()
            .objectMapper(new EventStoreConfiguration().defaultAxonObjectMapper())
            .build();
    private final Map<String, Object> samples = EventSamples.all().stream()
            .collect(Collectors.toMap(sample -> sample.getClass().getSimpleName(), Function.identity()));

    @TestFactory
    Stream<DynamicTest> everyStoredRevisionOfEveryEventStillReads() throws IOException, URISyntaxException {
        try (Stream<Path> files = Files.list(Path.of(Objects.requireNonNull(getClass().getResource("/events")).toURI()))) {
            return files.sorted().map(Path::getFileName).map(Path::toString).toList().stream()
                    .map(name -> DynamicTest.dynamicTest(name, () -> readsAsItsSample(name)));
        }
    }

    @Test
    void everyEventHasARevisionASampleAndAFixtureOfThatRevision() {
        var events = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("io.autocrm.events").stream()
                .filter(c -> c.getSimpleName().endsWith("Event") && c.isRecord()).toList();
        assertThat(events).isNotEmpty();
        for (JavaClass event : events) {
            assertThat(event.isAnnotatedWith(Revision.class)).as(event.getName() + " has @Revision").isTrue();
            assertThat(samples).as(event.getName() + " has a sample").containsKey(event.getSimpleName());
            String revision = event.getAnnotationOfType(Revision.class).value();
            assertThat(getClass().getResource("/events/" + event.getSimpleName() + ".r" + revision + ".json"))
                    .as("fixture of the current revision of " + event.getSimpleName()).isNotNull();
        }
    }

    @Test
    void roundTripsEveryEvent() {
        for (Object sample : samples.values()) {
            SerializedObject<byte[]> serialized = serializer.serialize(sample, byte[].class);
            assertThat((Object) serializer.deserialize(serialized)).isEqualTo(sample);
        }
    }

    private void readsAsItsSample(String fileName) throws IOException {
        Matcher name = FIXTURE.matcher(fileName);
        assertThat(name.matches()).as("fixture names are <Event>.r<revision>.json: " + fileName).isTrue();
        Object sample = samples.get(name.group(1));
        assertThat(sample).as("a sample for " + name.group(1)).isNotNull();
        byte[] json = Files.readAllBytes(Path.of(fixturePath(fileName)));
        var stored = new GenericDomainEventEntry<>("Ticket", "id", 0, "event-id", Instant.EPOCH,
                sample.getClass().getName(), name.group(2), json, "{}".getBytes());
        var upcasted = EventUpcasters.chain()
                .upcast(Stream.<IntermediateEventRepresentation>of(new InitialEventRepresentation(stored, serializer)))
                .toList();
        assertThat(upcasted).hasSize(1);
        assertThat((Object) serializer.deserialize(new SimpleSerializedObject<>(
                upcasted.getFirst().getData(byte[].class).getData(), byte[].class, upcasted.getFirst().getType())))
                .isEqualTo(sample);
    }

    private java.net.URI fixturePath(String fileName) {
        try {
            return Objects.requireNonNull(getClass().getResource("/events/" + fileName)).toURI();
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }
}
