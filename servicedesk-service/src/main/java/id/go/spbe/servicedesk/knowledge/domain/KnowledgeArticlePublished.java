package id.go.spbe.servicedesk.knowledge.domain;

import id.go.spbe.platform.domain.DomainEvent;
import id.go.spbe.platform.domain.EventType;
import id.go.spbe.servicedesk.ticket.domain.Category;
import org.jspecify.annotations.Nullable;

import java.time.Instant;
import java.util.UUID;

/**
 * A version of a knowledge article was published (S7): the first publication or an edit of a published article.
 * Topic {@value #TOPIC}, key = article id. The body is not published; readers fetch it over the API.
 */
@EventType(value = "id.go.spbe.knowledge-article.published.v1", topic = KnowledgeArticlePublished.TOPIC)
public record KnowledgeArticlePublished(UUID eventId, Instant occurredAt, String articleId, int version,
        String title, Category category, @Nullable String sourceTicketId, @Nullable String authorOpd,
        String publishedBy) implements DomainEvent {

    public static final String TOPIC = "spbe.servicedesk.knowledge-article.v1";

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
        return publishedBy;
    }
}
