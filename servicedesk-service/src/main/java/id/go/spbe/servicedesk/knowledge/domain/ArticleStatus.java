package id.go.spbe.servicedesk.knowledge.domain;

/** DRAFT → PUBLISHED → ARCHIVED (S7); nothing goes back. */
public enum ArticleStatus {
    DRAFT, PUBLISHED, ARCHIVED
}
