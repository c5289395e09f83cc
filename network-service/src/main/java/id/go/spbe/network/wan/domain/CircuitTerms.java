package id.go.spbe.network.wan.domain;

/**
 * What a WAN circuit was between two of its changes (N2): provider, circuit id, medium, bandwidth and both ends. The
 * circuit's current terms, or those in force on a past date (the yearly review's drawing, N8), read back from the
 * circuit's change history. A port ({@code deviceId}, {@code interfaceName}) may be null where that history did not
 * record it.
 */
public record CircuitTerms(String wanLinkId, String provider, String circuitId, WanMedium medium,
        int bandwidthDownMbps, Integer bandwidthUpMbps, Termination aEnd, Termination bEnd) {

    /** The state a {@code WanLinkChanged} event carries: the terms in force from that change on. */
    public static CircuitTerms of(WanLinkEvents.WanLinkChanged change) {
        return new CircuitTerms(change.wanLinkId(), change.provider(), change.circuitId(), change.medium(),
                change.bandwidthDownMbps(), change.bandwidthUpMbps(),
                new Termination(change.aSiteId(), change.aOpdCode(), change.aDeviceId(), change.aInterfaceName()),
                new Termination(change.bSiteId(), change.bOpdCode(), change.bDeviceId(), change.bInterfaceName()));
    }
}
