package id.go.spbe.audit.workpaper.domain;

import id.go.spbe.audit.engagement.domain.ScopeArea;
import id.go.spbe.audit.workpaper.domain.WorkpaperEvents.WorkpaperRecorded;
import id.go.spbe.audit.workpaper.domain.WorkpaperEvents.WorkpaperRevised;
import id.go.spbe.platform.domain.AggregateRoot;
import org.jspecify.annotations.Nullable;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.index.Indexed;
import org.springframework.data.mongodb.core.mapping.Document;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * A working paper of an audit engagement: what the team examined for one scope item (AU2), its notes and attached
 * files, who recorded it and who last changed it. The auditors' own record: whether it may still change (the audit
 * is not yet completed or cancelled) and who may read it are decided by {@code Workpapers}; each change raises its
 * event in the same save (outbox in this document).
 */
@Document("workpapers")
public class Workpaper extends AggregateRoot {

    /** Most files one working paper holds. */
    public static final int MAX_FILES = 30;

    @Id
    private String id;
    @Indexed
    private String auditId;
    private String auditedOpd;
    private String title;
    private ScopeArea scopeArea;
    private String notes;
    private List<WorkpaperFile> files = new ArrayList<>();
    private String recordedBy;
    private Instant recordedAt;
    private String updatedBy;
    private Instant updatedAt;

    Workpaper() {
    }

    public static Workpaper record(String auditId, String auditedOpd, String title, ScopeArea scopeArea,
            @Nullable String notes, String by, Instant now) {
        Workpaper w = new Workpaper();
        w.id = UUID.randomUUID().toString();
        w.auditId = auditId;
        w.auditedOpd = auditedOpd;
        w.title = title;
        w.scopeArea = scopeArea;
        w.notes = notes;
        w.recordedBy = by;
        w.recordedAt = now;
        w.updatedBy = by;
        w.updatedAt = now;
        w.raise(new WorkpaperRecorded(UUID.randomUUID(), now, w.id, auditId, auditedOpd, title, scopeArea, by));
        return w;
    }

    /** New title, scope item and notes (the whole paper, as the form shows it). */
    public void revise(String newTitle, ScopeArea newScopeArea, @Nullable String newNotes, String by, Instant now) {
        title = newTitle;
        scopeArea = newScopeArea;
        notes = newNotes;
        touched(by, now);
        raise(new WorkpaperRevised(UUID.randomUUID(), now, id, auditId, auditedOpd, title, scopeArea, "REVISED", 0,
                files.size(), by));
    }

    /** Files stored by the platform documents, added to those already attached. */
    public void attach(List<WorkpaperFile> added, String by, Instant now) {
        files.addAll(added);
        touched(by, now);
        raise(new WorkpaperRevised(UUID.randomUUID(), now, id, auditId, auditedOpd, title, scopeArea,
                "FILES_ATTACHED", added.size(), files.size(), by));
    }

    public Optional<WorkpaperFile> file(String documentId) {
        return files.stream().filter(f -> f.documentId().equals(documentId)).findFirst();
    }

    private void touched(String by, Instant now) {
        updatedBy = by;
        updatedAt = now;
    }

    public String id() {
        return id;
    }

    public String auditId() {
        return auditId;
    }

    public String auditedOpd() {
        return auditedOpd;
    }

    public String title() {
        return title;
    }

    public ScopeArea scopeArea() {
        return scopeArea;
    }

    public @Nullable String notes() {
        return notes;
    }

    public List<WorkpaperFile> files() {
        return List.copyOf(files);
    }

    public String recordedBy() {
        return recordedBy;
    }

    public Instant recordedAt() {
        return recordedAt;
    }

    public String updatedBy() {
        return updatedBy;
    }

    public Instant updatedAt() {
        return updatedAt;
    }
}
