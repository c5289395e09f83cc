package id.go.spbe.appregistry.integration.domain;

/** How two applications are related (A13). */
public enum IntegrationKind {
    /** The consumer calls the provider's API. */
    API,
    /** Data is exchanged in batches or files. */
    DATA_EXCHANGE,
    /** The consumer signs users in through the provider. */
    SSO,
    /**
     * The provider is a connector (aplikasi penghubung) linking national Aplikasi Umum that are not integrated
     * (RL p28(1)(b), BT p25(5)(b)).
     */
    CONNECTOR,
    OTHER
}
