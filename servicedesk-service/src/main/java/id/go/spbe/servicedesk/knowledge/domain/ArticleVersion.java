package id.go.spbe.servicedesk.knowledge.domain;

import id.go.spbe.servicedesk.ticket.domain.Category;

import java.time.Instant;

/** One version of an article's text (S7); a published version is never changed again. */
public record ArticleVersion(int number, String title, String body, Category category, String editedBy,
        Instant editedAt, Instant publishedAt) {

    ArticleVersion publishedAt(Instant at) {
        return new ArticleVersion(number, title, body, category, editedBy, editedAt, at);
    }
}
