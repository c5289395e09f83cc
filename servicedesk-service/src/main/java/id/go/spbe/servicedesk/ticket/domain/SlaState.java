package id.go.spbe.servicedesk.ticket.domain;

/**
 * A ticket's service clocks (time to own, first response, resolution) in one word, for a queue row (S5). The OLA
 * clocks measure the desks, not the promise to the requester, so they do not count here.
 */
public enum SlaState {
    /** A service clock passed its target (even if it stopped since). */
    BREACHED,
    /** A running service clock passed its warning threshold. */
    WARNING,
    /** The ticket waits on its requester: the open clocks are paused. */
    PAUSED,
    /** A service clock runs, within its warning threshold. */
    ON_TRACK,
    /** Every service clock stopped within its target. */
    MET,
    /** No service clock ran (e.g. no policy applies). */
    NONE
}
