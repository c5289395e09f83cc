package id.go.spbe.monev.evidence.messaging;

import id.go.spbe.monev.evidence.OperationsReadModel;
import id.go.spbe.platform.messaging.EventConsumer;
import id.go.spbe.platform.messaging.EventRoutes;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import org.springframework.stereotype.Component;

import java.time.Instant;

/**
 * Evidence for indicator 26: servicedesk's {@code KnowledgeArticlePublished} feeds {@code evidence_knowledge} (year
 * of publication, author OPD, whether written from a resolved ticket, whether a new version). Inbox consumer
 * {@code monev-evidence-knowledge}; the article-changed event (a draft edit) is not routed: only publication counts.
 */
@Component
class KnowledgeEvidenceListener implements EventConsumer {

    static final String TOPIC = "spbe.servicedesk.knowledge-article.v1";

    /** This consumer's copy of the fields it reads (servicedesk owns the schema). */
    record KnowledgeArticlePublished(@NotBlank String articleId, @Positive int version, String sourceTicketId,
            String authorOpd, @NotNull Instant occurredAt) {
    }

    private final OperationsReadModel operations;

    KnowledgeEvidenceListener(OperationsReadModel operations) {
        this.operations = operations;
    }

    @Override
    public EventRoutes routes() {
        return EventRoutes.consumer("monev-evidence-knowledge").groupId("monev-service.evidence-knowledge")
                .topics(TOPIC)
                .on("id.go.spbe.knowledge-article.published.v1", KnowledgeArticlePublished.class, (d, e) ->
                        operations.knowledgeArticlePublished(d.articleId(), d.version(), d.authorOpd(),
                                d.sourceTicketId() != null, d.occurredAt()));
    }
}
