package id.go.spbe.monev.framework.domain;

import id.go.spbe.platform.domain.AggregateRoot;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

import java.time.Instant;
import java.util.UUID;

/**
 * A framework an evaluator imported (M1). Immutable once imported: an evaluation refers to it by id, and its index
 * must mean the same thing every time it is read. A corrected framework is imported under a new id.
 */
@Document("frameworks")
public class ImportedFramework extends AggregateRoot {

    @Id
    private String id;
    private Framework definition;
    private String importedBy;
    private Instant importedAt;

    ImportedFramework() {
    }

    public static ImportedFramework importFrom(Framework definition, String by, Instant now) {
        ImportedFramework imported = new ImportedFramework();
        imported.id = definition.id();
        imported.definition = definition;
        imported.importedBy = by;
        imported.importedAt = now;
        int aspects = definition.domains().stream().mapToInt(d -> d.aspects().size()).sum();
        imported.raise(new FrameworkImported(UUID.randomUUID(), now, definition.id(), definition.name(),
                definition.regulation(), definition.status(), definition.domains().size(), aspects,
                definition.indicators().size(), by));
        return imported;
    }

    public String id() {
        return id;
    }

    public Framework definition() {
        return definition;
    }

    public String importedBy() {
        return importedBy;
    }

    public Instant importedAt() {
        return importedAt;
    }
}
