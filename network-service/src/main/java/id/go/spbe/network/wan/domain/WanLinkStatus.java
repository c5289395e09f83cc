package id.go.spbe.network.wan.domain;

public enum WanLinkStatus {
    ACTIVE, DECOMMISSIONED
}
