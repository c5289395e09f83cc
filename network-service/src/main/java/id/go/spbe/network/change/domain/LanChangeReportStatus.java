package id.go.spbe.network.change.domain;

/** A change report is filed by the LAN's steward and acknowledged by Dinas (N7). */
public enum LanChangeReportStatus {
    REPORTED, ACKNOWLEDGED
}
