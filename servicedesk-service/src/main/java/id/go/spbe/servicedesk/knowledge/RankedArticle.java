package id.go.spbe.servicedesk.knowledge;

import id.go.spbe.servicedesk.knowledge.domain.KnowledgeArticle;

/** An article found by a search and its score (query terms in the title ×3, in the body ×1). */
public record RankedArticle(KnowledgeArticle article, int score) {
}
