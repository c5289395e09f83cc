package id.go.spbe.network.site.domain;

/** The government networks above the region's (N1, RL p23(4)): the province's and the central government's. */
public enum UpstreamNetwork {
    PROVINCIAL, NATIONAL
}
