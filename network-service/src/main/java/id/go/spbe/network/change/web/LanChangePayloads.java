package id.go.spbe.network.change.web;

import id.go.spbe.network.change.LanChangeReports;
import id.go.spbe.network.change.domain.LanChangeReport;
import id.go.spbe.network.change.domain.LanChangeReportStatus;
import id.go.spbe.network.changeticket.ChangeTicket;
import id.go.spbe.network.lan.domain.InventoryDiff;
import id.go.spbe.network.lan.domain.LanChange;
import id.go.spbe.network.lan.domain.LanRevision;
import id.go.spbe.network.lan.domain.LanSteward;
import id.go.spbe.platform.domain.HistoryEntry;
import id.go.spbe.platform.outbox.ChangeHistoryLog;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/** Request and response bodies of the LAN change report API (N7). */
final class LanChangePayloads {

    private LanChangePayloads() {
    }

    /**
     * A change report. {@code fromRevision}/{@code toRevision}: the inventory revisions it covers (from exclusive);
     * left out, from the last reported revision to the current one. {@code ticketReference}: the PERUBAHAN ticket
     * that authorised the change, as free text (e.g. a letter's number). {@code changeTicketId}: the servicedesk
     * PERUBAHAN ticket (S6) that authorised it — a known, approved change of the same OPD (422 N7 otherwise).
     */
    record ReportRequest(@NotBlank @Size(max = 20) String opd, @NotBlank @Size(max = 500) String what,
            @NotBlank @Size(max = 2000) String why, @NotNull LocalDate performedOn,
            @Size(min = 1, max = 100) @Nullable String ticketReference,
            @Pattern(regexp = "[0-9a-fA-F-]{1,64}", message = "bukan nomor tiket servicedesk") @Nullable
            String changeTicketId,
            @Min(0) @Max(Integer.MAX_VALUE) @Nullable Long fromRevision,
            @Min(1) @Max(Integer.MAX_VALUE) @Nullable Long toRevision) {

        LanChangeReports.Request toRequest() {
            return new LanChangeReports.Request(opd, new LanChangeReport.Description(what, why, performedOn,
                    ticketReference, changeTicketId), fromRevision, toRevision);
        }
    }

    record AcknowledgeRequest(@Size(max = 1000) @Nullable String note) {
    }

    @Schema(name = "InventoryDiffEntry")
    record DiffEntryResponse(InventoryDiff.Part part, InventoryDiff.Kind kind, String key, String label,
            List<String> fields) {

        static DiffEntryResponse of(InventoryDiff.Entry e) {
            return new DiffEntryResponse(e.part(), e.kind(), e.key(), e.label(), e.fields());
        }
    }

    /** A diff between two inventory revisions, with its counts. */
    record DiffResponse(long fromRevision, long toRevision, long added, long removed, long changed,
            List<DiffEntryResponse> entries) {

        static DiffResponse of(long from, long to, @Nullable InventoryDiff diff) {
            InventoryDiff d = diff == null ? new InventoryDiff(List.of()) : diff;
            return new DiffResponse(from, to, d.count(InventoryDiff.Kind.ADDED), d.count(InventoryDiff.Kind.REMOVED),
                    d.count(InventoryDiff.Kind.CHANGED), d.entries().stream().map(DiffEntryResponse::of).toList());
        }
    }

    /**
     * The servicedesk change (S6) a report cites, as network-service last heard of it: its stage (servicedesk's
     * ticket status) and its approval. {@code known} false: the id is stored but its events are not here (yet).
     * {@code title} null: copied before servicedesk's events carried it, or not published (KEAMANAN, S8).
     */
    @Schema(name = "CitedChangeTicket")
    record CitedChangeResponse(String id, boolean known, @Nullable String opd, @Nullable String title,
            @Nullable String stage, @Nullable Instant approvedAt, @Nullable String approvedBy,
            @Nullable String affectedApplicationId, @Nullable Instant implementedAt) {

        static CitedChangeResponse of(ChangeTicket t) {
            return new CitedChangeResponse(t.id(), true, t.opdCode(), t.title(), t.stage(), t.approvedAt(),
                    t.approvedBy(), t.affectedApplicationId(), t.implementedAt());
        }

        static @Nullable CitedChangeResponse of(@Nullable String id, Function<String, Optional<ChangeTicket>> find) {
            return id == null ? null : find.apply(id).map(CitedChangeResponse::of)
                    .orElseGet(() -> new CitedChangeResponse(id, false, null, null, null, null, null, null, null));
        }
    }

    /**
     * One servicedesk change in the N7 form's ticket search, as this service last heard of it. {@code title} null:
     * copied before servicedesk's events carried the title, or a KEAMANAN change whose title the desk does not
     * publish (S8).
     */
    @Schema(name = "ChangeTicketSummary")
    record ChangeTicketSummaryResponse(String id, String opd, @Nullable String title, @Nullable String stage,
            @Nullable String category, @Nullable String affectedSite, @Nullable String affectedApplicationId,
            @Nullable Instant openedAt, @Nullable String openedBy, boolean approved, @Nullable Instant approvedAt,
            @Nullable String approvedBy, @Nullable Instant implementedAt) {

        static ChangeTicketSummaryResponse of(ChangeTicket t) {
            return new ChangeTicketSummaryResponse(t.id(), t.opdCode(), t.title(), t.stage(), t.category(),
                    t.affectedSite(), t.affectedApplicationId(), t.openedAt(), t.openedBy(), t.approved(),
                    t.approvedAt(), t.approvedBy(), t.implementedAt());
        }
    }

    record ReportResponse(String id, String opd, String what, String why, LocalDate performedOn,
            @Nullable String ticketReference, @Nullable CitedChangeResponse changeTicket, LanSteward steward, LanChangeReportStatus status, String reportedBy,
            Instant reportedAt, @Nullable String acknowledgedBy, @Nullable Instant acknowledgedAt,
            @Nullable String acknowledgementNote, DiffResponse diff, long version) {

        static ReportResponse of(LanChangeReport r, Function<String, Optional<ChangeTicket>> changes) {
            return new ReportResponse(r.id(), r.opdCode(), r.what(), r.why(), r.performedOn(), r.ticketReference(),
                    CitedChangeResponse.of(r.changeTicketId(), changes), r.steward(), r.status(), r.reportedBy(), r.reportedAt(), r.acknowledgedBy(), r.acknowledgedAt(),
                    r.acknowledgementNote(), DiffResponse.of(r.fromRevision(), r.toRevision(), r.diff()),
                    r.version() == null ? 0 : r.version());
        }
    }

    /** An inventory revision no change report covers. */
    record UncoveredRevisionResponse(String opd, long revision, LanChange change, String summary, String actor,
            Instant at) {

        static UncoveredRevisionResponse of(LanRevision r) {
            return new UncoveredRevisionResponse(r.opdCode(), r.revision(), r.change(), r.summary(), r.actor(),
                    r.at());
        }
    }

    @Schema(name = "LanChangeReportHistoryResponse")
    record HistoryResponse(boolean intact, @Nullable Long firstBrokenSequence, List<HistoryEntry> entries) {

        static HistoryResponse of(ChangeHistoryLog.VerifiedHistory history) {
            return new HistoryResponse(history.intact(), history.firstBrokenSequence(), history.entries());
        }
    }
}
