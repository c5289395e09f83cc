package id.go.spbe.platform.test.contract;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.reflect.RecordComponent;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The producer's side of the event contract, checked from the module's own classes: every {@code @EventType} record
 * has a JSON Schema file ({@code src/main/resources/events/<name>.schema.json}, titled with the type) that describes
 * exactly its components, and at least one sample ({@code src/test/resources/events/samples/<name>*.json}) that
 * validates against it and holds only fields the record has. No schema file is left without an event. A module's
 * test calls {@link #verify(String)} with its base package.
 *
 * <p>The schema name is derived from the type: {@code id.go.spbe.application.registered.v1} ->
 * {@code application-registered.v1}.
 */
public final class EventCatalogue {

    private static final String EVENT_TYPE = "id.go.spbe.platform.domain.EventType";
    private static final ObjectMapper JSON = new ObjectMapper();

    private EventCatalogue() {
    }

    /** Verifies every {@code @EventType} in {@code basePackage} against the module's schema and sample directories. */
    public static void verify(String basePackage) {
        verify(basePackage, Path.of("src/main/resources/events"), Path.of("src/test/resources/events/samples"));
    }

    public static void verify(String basePackage, Path schemaDir, Path sampleDir) {
        JavaClasses classes = new ClassFileImporter().importPackages(basePackage);
        TreeMap<String, JavaClass> events = new TreeMap<>();
        for (JavaClass type : classes) {
            if (type.isAnnotatedWith(EVENT_TYPE)) {
                String name = (String) type.getAnnotationOfType(EVENT_TYPE).get("value").orElseThrow();
                JavaClass previous = events.put(name, type);
                assertThat(previous).as("event type %s declared twice", name).isNull();
            }
        }
        assertThat(events).as("@EventType records in %s", basePackage).isNotEmpty();
        List<String> problems = new ArrayList<>();
        Set<Path> schemasUsed = new HashSet<>();
        events.forEach((type, javaClass) -> {
            Path schemaFile = schemaDir.resolve(schemaName(type) + ".schema.json");
            if (!Files.exists(schemaFile)) {
                problems.add(type + " (" + javaClass.getSimpleName() + ") has no schema file " + schemaFile);
                return;
            }
            schemasUsed.add(schemaFile.toAbsolutePath().normalize());
            JsonNode schema = read(schemaFile);
            if (!type.equals(schema.path("title").asText())) {
                problems.add(schemaFile.getFileName() + " is titled '" + schema.path("title").asText() + "', not "
                        + type);
            }
            Set<String> components = components(javaClass.reflect());
            Set<String> properties = names(schema.path("properties").fieldNames());
            Set<String> required = new TreeSet<>();
            schema.path("required").forEach(r -> required.add(r.asText()));
            if (!properties.equals(components)) {
                problems.add(schemaFile.getFileName() + " describes " + properties + " but " + javaClass.getSimpleName()
                        + " publishes " + components);
            }
            if (!components.containsAll(required)) {
                problems.add(schemaFile.getFileName() + " requires " + required + ", more than "
                        + javaClass.getSimpleName() + " has");
            }
            List<Path> samples = samples(sampleDir, schemaName(type));
            if (samples.isEmpty()) {
                problems.add(type + " has no validated sample " + sampleDir.resolve(schemaName(type) + ".json"));
            }
            for (Path sample : samples) {
                String json = readString(sample);
                Set<String> fields = names(read(sample).fieldNames());
                if (!components.containsAll(fields)) {
                    problems.add(sample.getFileName() + " has fields " + fields + " that "
                            + javaClass.getSimpleName() + " does not publish");
                }
                try {
                    EventSchemas.assertValid(schemaFile, json);
                } catch (AssertionError invalid) {
                    problems.add(invalid.getMessage());
                }
            }
        });
        try (Stream<Path> files = Files.list(schemaDir)) {
            files.filter(f -> f.getFileName().toString().endsWith(".schema.json"))
                    .filter(f -> !schemasUsed.contains(f.toAbsolutePath().normalize()))
                    .forEach(orphan -> problems.add(orphan.getFileName() + " belongs to no @EventType"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        assertThat(problems).as("event contract of %s", basePackage).isEmpty();
    }

    /** {@code id.go.spbe.application.registered.v1} -> {@code application-registered.v1}. */
    public static String schemaName(String type) {
        String local = type.startsWith("id.go.spbe.") ? type.substring("id.go.spbe.".length()) : type;
        int version = local.lastIndexOf('.');
        return local.substring(0, version).replace('.', '-') + local.substring(version);
    }

    private static Set<String> components(Class<?> type) {
        if (!type.isRecord()) {
            throw new AssertionError(type.getName() + " is an @EventType but not a record");
        }
        Set<String> names = new TreeSet<>();
        for (RecordComponent component : type.getRecordComponents()) {
            names.add(component.getName());
        }
        return names;
    }

    private static List<Path> samples(Path dir, String name) {
        if (!Files.isDirectory(dir)) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(dir)) {
            return files.filter(f -> {
                String file = f.getFileName().toString();
                return file.endsWith(".json") && (file.equals(name + ".json") || file.startsWith(name + "."));
            }).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Set<String> names(Iterator<String> names) {
        Set<String> set = new TreeSet<>();
        names.forEachRemaining(set::add);
        return set;
    }

    private static JsonNode read(Path file) {
        try {
            return JSON.readTree(file.toFile());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String readString(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
