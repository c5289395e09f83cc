package id.go.spbe.network.wan.domain;

/** What Dinas records about a circuit; terminations are resolved (site → OPD) before they get here. */
public record WanLinkDetails(String provider, String circuitId, WanMedium medium, int bandwidthDownMbps,
        Integer bandwidthUpMbps, Contract contract, Sla sla, Termination aEnd, Termination bEnd) {
}
