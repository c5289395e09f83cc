package id.go.spbe.audit.evidence;

import id.go.spbe.audit.evidence.domain.EvidenceStatus;

/** Filters of an audit's evidence requests; {@code overdue} = REQUESTED and past its due date (the Clock's today). */
public record EvidenceFilter(EvidenceStatus status, Boolean overdue) {
}
