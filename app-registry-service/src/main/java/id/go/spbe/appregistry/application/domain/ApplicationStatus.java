package id.go.spbe.appregistry.application.domain;

/** Lifecycle of a registration (A3, A8). Transitions beyond DRAFT arrive with the full repository. */
public enum ApplicationStatus {
    DRAFT, SUBMITTED, RECOMMENDED, REJECTED, DEPOSITED, ACTIVE, DECOMMISSIONED
}
