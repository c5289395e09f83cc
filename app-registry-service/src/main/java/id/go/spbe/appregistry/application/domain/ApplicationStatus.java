package id.go.spbe.appregistry.application.domain;

import java.util.EnumSet;
import java.util.Set;

/**
 * Lifecycle of a registration (A3, A4, A8): DRAFT → SUBMITTED → RECOMMENDED or REJECTED (by Dinas) → DEPOSITED
 * (documents handed over) → ACTIVE → DECOMMISSIONED. A rejected application may be revised and submitted again.
 */
public enum ApplicationStatus {
    DRAFT, SUBMITTED, RECOMMENDED, REJECTED, DEPOSITED, ACTIVE, DECOMMISSIONED;

    /** The statuses this one may move to; anything else is a 409. */
    public Set<ApplicationStatus> next() {
        return switch (this) {
            case DRAFT, REJECTED -> EnumSet.of(SUBMITTED, DECOMMISSIONED);
            case SUBMITTED -> EnumSet.of(RECOMMENDED, REJECTED);
            case RECOMMENDED -> EnumSet.of(DEPOSITED, DECOMMISSIONED);
            case DEPOSITED -> EnumSet.of(ACTIVE, DECOMMISSIONED);
            case ACTIVE -> EnumSet.of(DECOMMISSIONED);
            case DECOMMISSIONED -> EnumSet.noneOf(ApplicationStatus.class);
        };
    }

    /** While Dinas reviews, or once it has recommended, the reviewed fields stay as they were judged. */
    public boolean reviewedFieldsFrozen() {
        return this != DRAFT && this != REJECTED;
    }
}
