package id.go.spbe.servicedesk.knowledge.domain;

import id.go.spbe.platform.domain.AggregateRoot;
import id.go.spbe.platform.domain.RuleViolationException;
import id.go.spbe.platform.domain.StateConflictException;
import id.go.spbe.servicedesk.ticket.domain.Category;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.index.Indexed;
import org.springframework.data.mongodb.core.mapping.Document;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/**
 * A knowledge-base article (S7) with its versions. A draft is edited in place; once published, each edit is a new
 * version that is published at once, and the older ones stay readable. An archived article is read-only.
 * {@code titleTerms} and {@code bodyTerms} hold the Indonesian analysis of the current version (see
 * {@code KnowledgeSearch}); they are derived data, rewritten on every edit.
 */
@Document("knowledge_articles")
public class KnowledgeArticle extends AggregateRoot {

    @Id
    private String id;
    private ArticleStatus status;
    /** The current version's category, kept at the top for filtering. */
    private Category category;
    private List<ArticleVersion> versions;
    @Indexed(sparse = true)
    private String sourceTicketId;
    private String authorOpd;
    private String createdBy;
    private Instant createdAt;
    private Instant updatedAt;
    private Set<String> titleTerms;
    private Set<String> bodyTerms;

    KnowledgeArticle() {
    }

    public static KnowledgeArticle draft(String title, String body, Category category, String sourceTicketId,
            String by, String byOpd, Instant now) {
        KnowledgeArticle a = new KnowledgeArticle();
        a.id = UUID.randomUUID().toString();
        a.status = ArticleStatus.DRAFT;
        a.category = category;
        a.sourceTicketId = sourceTicketId;
        a.authorOpd = byOpd;
        a.createdBy = by;
        a.createdAt = now;
        a.updatedAt = now;
        a.versions = new ArrayList<>(List.of(new ArticleVersion(1, required(title, "Judul"), required(body, "Isi"),
                category, by, now, null)));
        a.raiseChanged(KnowledgeArticleChanged.Change.DRAFTED, by, now);
        return a;
    }

    /** A draft changes in place; a published article gets a new, published version; an archived one is final. */
    public void edit(String title, String body, Category category, String by, Instant now) {
        ArticleVersion next = new ArticleVersion(status == ArticleStatus.DRAFT ? current().number()
                : current().number() + 1, required(title, "Judul"), required(body, "Isi"), category, by, now, null);
        switch (status) {
            case DRAFT -> {
                versions.set(versions.size() - 1, next);
                raiseChanged(KnowledgeArticleChanged.Change.DRAFT_EDITED, by, now);
            }
            case PUBLISHED -> {
                versions.add(next.publishedAt(now));
                raisePublished(by, now);
            }
            case ARCHIVED -> throw new StateConflictException("Artikel " + id + " sudah diarsipkan.");
        }
        this.category = category;
        updatedAt = now;
    }

    public void publish(String by, Instant now) {
        if (status != ArticleStatus.DRAFT) {
            throw new StateConflictException("Hanya draf yang dapat diterbitkan; artikel " + id + " berstatus "
                    + status + ".");
        }
        status = ArticleStatus.PUBLISHED;
        versions.set(versions.size() - 1, current().publishedAt(now));
        updatedAt = now;
        raisePublished(by, now);
    }

    public void archive(String by, Instant now) {
        if (status != ArticleStatus.PUBLISHED) {
            throw new StateConflictException("Hanya artikel terbit yang dapat diarsipkan; artikel " + id
                    + " berstatus " + status + ".");
        }
        status = ArticleStatus.ARCHIVED;
        updatedAt = now;
        raiseChanged(KnowledgeArticleChanged.Change.ARCHIVED, by, now);
    }

    /** Rewrites the derived search terms of the current version. */
    public void index(Set<String> titleTerms, Set<String> bodyTerms) {
        this.titleTerms = Set.copyOf(titleTerms);
        this.bodyTerms = Set.copyOf(bodyTerms);
    }

    private void raiseChanged(KnowledgeArticleChanged.Change change, String by, Instant now) {
        ArticleVersion v = current();
        raise(new KnowledgeArticleChanged(UUID.randomUUID(), now, id, change, v.number(), v.title(), v.category(),
                authorOpd, by));
    }

    private void raisePublished(String by, Instant now) {
        ArticleVersion v = current();
        raise(new KnowledgeArticlePublished(UUID.randomUUID(), now, id, v.number(), v.title(), v.category(),
                sourceTicketId, authorOpd, by));
    }

    private static String required(String text, String field) {
        if (text == null || text.isBlank()) {
            throw new RuleViolationException("S7", field + " artikel pengetahuan wajib diisi.");
        }
        return text.trim();
    }

    public ArticleVersion current() {
        return versions.get(versions.size() - 1);
    }

    public String id() { return id; }
    public ArticleStatus status() { return status; }
    public Category category() { return category; }
    public List<ArticleVersion> versions() { return List.copyOf(versions); }
    public String sourceTicketId() { return sourceTicketId; }
    public String authorOpd() { return authorOpd; }
    public String createdBy() { return createdBy; }
    public Instant createdAt() { return createdAt; }
    public Instant updatedAt() { return updatedAt; }
    public Set<String> titleTerms() { return titleTerms == null ? Set.of() : titleTerms; }
    public Set<String> bodyTerms() { return bodyTerms == null ? Set.of() : bodyTerms; }
}
