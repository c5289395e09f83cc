package id.go.spbe.network.wan.domain;

/** What a {@code WanLinkChanged} event reports. */
public enum WanLinkChange {
    REGISTERED, UPDATED, DECOMMISSIONED
}
