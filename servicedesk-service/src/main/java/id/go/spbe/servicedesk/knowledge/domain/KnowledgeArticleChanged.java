package id.go.spbe.servicedesk.knowledge.domain;

import id.go.spbe.platform.domain.DomainEvent;
import id.go.spbe.platform.domain.EventType;
import id.go.spbe.servicedesk.ticket.domain.Category;

import java.time.Instant;
import java.util.UUID;

/**
 * A knowledge article changed without a publication (S7): drafted, its draft edited, or archived. It exists so that
 * every change lands in the article's hash-chained history (SEC1); publications are {@link KnowledgeArticlePublished}.
 * Same topic, key = article id.
 */
@EventType(value = "id.go.spbe.knowledge-article.changed.v1", topic = KnowledgeArticlePublished.TOPIC)
public record KnowledgeArticleChanged(UUID eventId, Instant occurredAt, String articleId, Change change,
        int version, String title, Category category, String authorOpd, String changedBy) implements DomainEvent {

    public enum Change {
        DRAFTED, DRAFT_EDITED, ARCHIVED
    }

    @Override
    public String aggregateId() {
        return articleId;
    }

    @Override
    public String opdCode() {
        return authorOpd;
    }

    @Override
    public String actor() {
        return changedBy;
    }
}
