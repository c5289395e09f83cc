package id.go.spbe.network.review;

import id.go.spbe.network.diagram.domain.LanDiagramTaskStatus;

import org.jspecify.annotations.Nullable;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * The yearly review of the intra-government network's use (N8, RL p23(7): "Dinas melakukan rewiu dan evaluasi
 * terhadap penggunaan Layanan Intra Pemerintah Daerah setiap tahun"), as figures: what stood at {@code asOf} (the
 * year's last day, or today while the year runs) — sites, active WAN circuits with the provider, medium and bandwidth
 * they had then, each OPD's LAN inventory as of its last revision up to then — and what happened during the year: WAN circuits registered and
 * decommissioned, the yearly LAN diagrams (N6), LAN change reports and the changes no report covers (N7), and
 * inspections with their findings (N5).
 *
 * @param opd       the one OPD the review covers, or null for the whole region
 * @param addressee to whom the review goes (the profile's {@code spbe.regulation.network.report-to})
 */
public record YearlyUsage(int year, @Nullable String opd, LocalDate asOf, boolean complete, String region,
        String addressee, boolean lanDiagramYearly, Totals totals, List<BandwidthLine> bandwidthByMedium,
        List<BandwidthLine> bandwidthByProvider, List<OpdSection> opds) {

    /** Region (or OPD) totals. Circuits are counted once even when both ends are OPDs of the review. */
    public record Totals(int opds, int sites, int upstreamInterconnections, int activeWanLinks,
            long wanBandwidthMbps, int wanLinksRegistered, int wanLinksDecommissioned, int devices,
            int securityDevices, int endOfLifePast, int endOfLifeWithin12Months, int byodAcknowledged,
            DiagramTotals diagrams, ChangeLine changes, InspectionLine inspections) {
    }

    /** Active circuits and their summed downstream bandwidth for one medium or provider. */
    public record BandwidthLine(String key, int links, long bandwidthMbps) {
    }

    /** Yearly LAN diagrams (N6): how many OPDs handed theirs in on time, late, not yet (due later) or not at all. */
    public record DiagramTotals(int tasks, int onTime, int late, int missing, int pending, int accepted) {
    }

    /**
     * LAN change reports dated in the year (N7) and the inventory revisions of the year no report covers
     * ({@code uncoveredChanges}).
     */
    public record ChangeLine(int reports, int acknowledged, int awaitingAcknowledgement, int uncoveredChanges) {
    }

    /** Inspections dated in the year (N5), their findings by severity, the open ones and those open past due. */
    public record InspectionLine(int inspections, int findings, int openFindings, int overdueFindings,
            Map<String, Integer> findingsBySeverity) {
    }

    /**
     * The yearly diagram of one OPD: {@code outcome} ON_TIME, LATE (by its latest submission), MISSING (no
     * submission and the due date passed by {@code asOf}), PENDING (not yet due) or NO_TASK (no campaign covered it).
     */
    public record DiagramLine(String outcome, @Nullable LanDiagramTaskStatus status, @Nullable LocalDate dueDate,
            @Nullable Instant submittedAt) {
    }

    /** One OPD's part of the review. {@code lanRevision} is the inventory revision the LAN figures come from. */
    public record OpdSection(String code, String name, boolean mandiriTik, int sites, int upstreamInterconnections,
            int activeWanLinks, long wanBandwidthMbps, long lanRevision, int devices, Map<String, Integer> devicesByKind,
            int securityDevices, int endOfLifePast, int endOfLifeWithin12Months, boolean byodAcknowledged,
            DiagramLine diagram, ChangeLine changes, InspectionLine inspections) {
    }
}
