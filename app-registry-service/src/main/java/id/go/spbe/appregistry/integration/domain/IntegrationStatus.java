package id.go.spbe.appregistry.integration.domain;

public enum IntegrationStatus {
    ACTIVE, ENDED
}
