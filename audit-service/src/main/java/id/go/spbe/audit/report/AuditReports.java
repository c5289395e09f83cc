package id.go.spbe.audit.report;

import id.go.spbe.audit.engagement.EngagementAccess;
import id.go.spbe.audit.engagement.EngagementWorkflow;
import id.go.spbe.audit.engagement.domain.Engagement;
import id.go.spbe.audit.engagement.domain.EngagementStatus;
import id.go.spbe.audit.engagement.domain.TeamMember;
import id.go.spbe.audit.finding.FindingWorkflow;
import id.go.spbe.audit.finding.domain.Finding;
import id.go.spbe.audit.finding.domain.FindingDetails;
import id.go.spbe.audit.finding.domain.FindingStatus;
import id.go.spbe.audit.finding.domain.Severity;
import id.go.spbe.audit.report.AuditReportView.FindingRow;
import id.go.spbe.audit.pulled.ServiceEvidenceRegister;
import id.go.spbe.audit.pulled.domain.PulledEvidence;
import id.go.spbe.audit.pulled.domain.ServiceEvidence;
import id.go.spbe.audit.report.AuditReportView.Member;
import id.go.spbe.audit.report.AuditReportView.PulledRow;
import id.go.spbe.audit.report.AuditReportView.Summary;
import id.go.spbe.platform.domain.StateConflictException;
import id.go.spbe.platform.opd.OpdReferences;
import id.go.spbe.platform.reports.Report;
import id.go.spbe.platform.reports.ReportProperties;
import id.go.spbe.platform.reports.ReportRenderer;
import id.go.spbe.platform.security.Caller;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;

/**
 * The engagement report (AU7, RL p47(8), BT p43(2)) as a PDF in Bahasa Indonesia, addressed to the body the profile's
 * {@code spbe.regulation.audit.report-to} names, with the scope (AU2), team, dates, the audited object and the
 * findings with their follow-up; signed (PAdES, SEC3) by the platform's report signer when one is configured.
 * <p>
 * Rendered on demand, not stored: what the report states is frozen once the audit is COMPLETED (the engagement takes no
 * step after completion, findings are recorded only IN_PROGRESS or REPORTING and their texts never change), and the
 * SHA-256 printed in it covers exactly that frozen content. Only the follow-up column moves, and it is labelled as the
 * status on the printing date — which is what the coordination team needs to see. A REPORTING audit's report is a
 * draft ("KONSEP") for the team, Dinas and coordinators; the audited OPD receives it once the audit is COMPLETED.
 */
@Service
public class AuditReports {

    private final EngagementWorkflow engagements;
    private final FindingWorkflow findings;
    private final ServiceEvidenceRegister pulledEvidence;
    private final OpdReferences opds;
    private final ReportRenderer renderer;
    private final boolean signed;
    private final String addressee;

    AuditReports(EngagementWorkflow engagements, FindingWorkflow findings, ServiceEvidenceRegister pulledEvidence,
            OpdReferences opds,
            ReportRenderer renderer, ReportProperties reportProperties,
            @Value("${spbe.regulation.audit.report-to:}") String addressee) {
        this.engagements = engagements;
        this.findings = findings;
        this.pulledEvidence = pulledEvidence;
        this.opds = opds;
        this.renderer = renderer;
        this.signed = reportProperties.signing() != null && reportProperties.signing().enabled();
        this.addressee = addressee == null || addressee.isBlank() ? null : addressee.trim();
    }

    /** A rendered report and the name to offer it under. */
    public record RenderedReport(String filename, byte[] pdf, boolean draft) {
    }

    /**
     * The report of audit {@code auditId} for {@code caller}: 404 for whoever may not see the audit; 409 before it is
     * reported (PLANNED, IN_PROGRESS, CANCELLED), and for the audited OPD before it is COMPLETED.
     */
    public RenderedReport render(Caller caller, String auditId) {
        Engagement audit = engagements.get(caller, auditId);
        if (audit.status() != EngagementStatus.REPORTING && audit.status() != EngagementStatus.COMPLETED) {
            throw new StateConflictException("Laporan audit tersedia sejak tahap pelaporan (REPORTING); audit ini "
                    + audit.status() + ".");
        }
        boolean draft = audit.status() == EngagementStatus.REPORTING;
        if (draft && !EngagementAccess.seesAll(caller) && !EngagementAccess.mayAudit(caller, audit)) {
            throw new StateConflictException("Konsep laporan audit hanya untuk tim audit, Dinas dan Tim Koordinasi; "
                    + "laporan disampaikan kepada OPD setelah audit selesai (COMPLETED).");
        }
        // The whole report is the addressee's (Dinas reports to the coordination body, RL p47(8), BT p43(2)) and its
        // authors'; the audited OPD receives its own copy: its findings, and only a count of other OPDs' ones.
        String copyFor = EngagementAccess.seesAll(caller) || EngagementAccess.mayAudit(caller, audit) ? null
                : caller.opd();
        AuditReportView view = view(audit, findings.reportedIn(audit), findings.today(), code -> opds.find(code)
                .map(o -> o.name()).orElse(code), signed, copyFor, pulledEvidence.recordedIn(audit));
        return new RenderedReport(filename(audit), renderer.render(report(view, addressee)), draft);
    }

    /** The report to render for {@code view}, addressed to {@code addressee} (the profile's audit report-to). */
    public static Report report(AuditReportView view, String addressee) {
        String title = "Laporan Hasil " + view.kindLabel() + (view.draft() ? " (KONSEP)" : "");
        return new Report("audit-report", title, "Laporan hasil audit TIK " + view.id() + " (AU7)", addressee,
                Map.of("audit", view));
    }

    /** The whole report's content; {@code opdName} resolves OPD codes, {@code today} decides what is overdue. */
    public static AuditReportView view(Engagement audit, List<Finding> reported, LocalDate today,
            Function<String, String> opdName, boolean signed) {
        return view(audit, reported, today, opdName, signed, null);
    }

    /**
     * The report's content, whole ({@code copyFor} null) or the copy for OPD {@code copyFor}: only the findings that
     * OPD owns are shown (tables, details and summary), the others only counted — an OPD never reads another OPD's
     * findings. The fingerprint is the whole report's either way, so a copy can be matched to the report it was cut
     * from.
     */
    public static AuditReportView view(Engagement audit, List<Finding> reported, LocalDate today,
            Function<String, String> opdName, boolean signed, String copyFor) {
        return view(audit, reported, today, opdName, signed, copyFor, List.of());
    }

    /**
     * As above, with the evidence pulled from other services into the audit (issue 12): listed in the report with
     * source, period and headline figures — the audited OPD's own operational data, so its copy lists them too —
     * and part of the frozen content (records are immutable and can no longer be added once the audit is completed).
     */
    public static AuditReportView view(Engagement audit, List<Finding> reported, LocalDate today,
            Function<String, String> opdName, boolean signed, String copyFor, List<PulledEvidence> pulled) {
        List<Finding> ordered = reported.stream()
                .sorted(Comparator.comparing((Finding f) -> f.details().severity(), Comparator.reverseOrder())
                        .thenComparing(f -> f.details().dueDate(), Comparator.nullsLast(Comparator.naturalOrder())))
                .toList();
        List<Finding> shown = copyFor == null ? ordered
                : ordered.stream().filter(f -> copyFor.equals(f.details().ownerOpd())).toList();
        List<FindingRow> rows = new ArrayList<>();
        int[] bySeverity = new int[Severity.values().length];
        int closed = 0;
        int overdue = 0;
        for (Finding f : shown) {
            FindingDetails d = f.details();
            boolean late = f.overdueOn(today);
            bySeverity[d.severity().ordinal()]++;
            closed += f.status().closed() ? 1 : 0;
            overdue += late ? 1 : 0;
            rows.add(new FindingRow(rows.size() + 1, d.title(), severity(d.severity()), d.criterion(), d.condition(),
                    d.cause(), d.effect(), d.recommendation(), d.ownerOpd(), opdName.apply(d.ownerOpd()),
                    d.dueDate(), followUp(f.status()), followUpNote(f), late, !audit.id().equals(f.auditId())));
        }
        TeamMember lead = audit.lead();
        List<Member> members = audit.team().stream().filter(m -> !m.lead())
                .map(m -> new Member(m.name(), auditorType(m.auditorType()), false)).toList();
        Summary summary = new Summary(rows.size(), bySeverity[Severity.CRITICAL.ordinal()],
                bySeverity[Severity.HIGH.ordinal()], bySeverity[Severity.MEDIUM.ordinal()],
                bySeverity[Severity.LOW.ordinal()], closed, overdue);
        return new AuditReportView(audit.id(), audit.title(), kind(audit), audit.objectName(), audit.objectId(),
                audit.auditedOpd(), opdName.apply(audit.auditedOpd()), status(audit.status()),
                audit.status() != EngagementStatus.COMPLETED, audit.plannedStart(), audit.plannedEnd(),
                audit.startedOn(), audit.completedOn(), scope(audit), audit.previousAuditId(),
                lead == null ? null : new Member(lead.name(), auditorType(lead.auditorType()), true), members, rows,
                summary, fingerprint(audit, ordered, pulled), signed,
                copyFor == null ? null : opdName.apply(copyFor) + " (" + copyFor + ")", ordered.size() - shown.size(),
                pulledRows(pulled));
    }

    private static List<PulledRow> pulledRows(List<PulledEvidence> pulled) {
        List<PulledRow> rows = new ArrayList<>();
        for (PulledEvidence p : pulled) {
            ServiceEvidence e = p.evidence();
            rows.add(new PulledRow(rows.size() + 1, p.source().label() + " (" + p.source().producer() + ")", e.from(),
                    e.to(), e.scope().note(), e.dataAsOf(), p.pulledAt(), p.pulledBy(), e.headline().stream()
                            .map(f -> f.label() + ": " + f.text()).toList()));
        }
        return rows;
    }

    /** SHA-256 over what cannot change after completion, in a fixed order (finding ids sort the findings). */
    static String fingerprint(Engagement audit, List<Finding> reported) {
        return fingerprint(audit, reported, List.of());
    }

    static String fingerprint(Engagement audit, List<Finding> reported, List<PulledEvidence> pulled) {
        StringBuilder content = new StringBuilder();
        field(content, audit.id(), audit.kind(), audit.objectId(), audit.objectName(), audit.auditedOpd(),
                audit.title(), audit.plannedStart(), audit.plannedEnd(), audit.startedOn(), audit.completedOn(),
                audit.scope().stream().sorted().toList(), audit.otherScope());
        audit.team().forEach(m -> field(content, m.auditorId(), m.name(), m.auditorType(), m.lead()));
        reported.stream().sorted(Comparator.comparing(Finding::id)).forEach(f -> {
            FindingDetails d = f.details();
            field(content, f.id(), d.title(), d.severity(), d.criterion(), d.condition(), d.cause(), d.effect(),
                    d.recommendation(), d.ownerOpd(), d.dueDate());
        });
        pulled.stream().sorted(Comparator.comparing(PulledEvidence::id)).forEach(p -> field(content, p.id(),
                p.source(), p.evidence().from(), p.evidence().to(), p.pulledAt(), p.evidence().headline().stream()
                        .map(f -> f.key() + "=" + f.text()).toList()));
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(content.toString().getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }

    private static void field(StringBuilder out, Object... values) {
        for (Object value : values) {
            String text = Objects.toString(value, "");
            out.append(text.length()).append(':').append(text).append('|');
        }
        out.append('\n');
    }

    private static String filename(Engagement audit) {
        LocalDate date = audit.completedOn() != null ? audit.completedOn() : audit.plannedStart();
        return "laporan-audit-" + audit.kind().name().toLowerCase() + "-" + audit.auditedOpd().toLowerCase() + "-"
                + date + (audit.status() == EngagementStatus.COMPLETED ? "" : "-konsep") + ".pdf";
    }

    private static String kind(Engagement audit) {
        return switch (audit.kind()) {
            case INFRASTRUKTUR -> "Audit Infrastruktur SPBE";
            case APLIKASI -> "Audit Aplikasi SPBE";
            case KEAMANAN -> "Audit Keamanan SPBE";
        };
    }

    private static List<String> scope(Engagement audit) {
        return audit.scope().stream().sorted().map(area -> switch (area) {
            case GOVERNANCE_AND_MANAGEMENT -> "Tata kelola dan manajemen";
            case FUNCTIONALITY -> "Fungsionalitas";
            case PERFORMANCE -> "Kinerja";
            case OTHER -> "Aspek lainnya" + (audit.otherScope() == null || audit.otherScope().isBlank() ? ""
                    : ": " + audit.otherScope());
        }).toList();
    }

    static String severity(Severity severity) {
        return switch (severity) {
            case CRITICAL -> "Kritis";
            case HIGH -> "Tinggi";
            case MEDIUM -> "Sedang";
            case LOW -> "Rendah";
        };
    }

    static String followUp(FindingStatus status) {
        return switch (status) {
            case IDENTIFIED -> "Teridentifikasi";
            case CONFIRMED -> "Dikonfirmasi";
            case IN_REMEDIATION -> "Dalam perbaikan";
            case RESOLVED -> "Selesai diperbaiki, menunggu verifikasi";
            case VERIFIED -> "Terverifikasi";
            case ACCEPTED_RISK -> "Risiko diterima";
        };
    }

    private static String followUpNote(Finding f) {
        if (f.status() == FindingStatus.ACCEPTED_RISK) {
            return "oleh " + f.acceptedBy() + ": " + f.acceptedReason();
        }
        return f.lastNote();
    }

    private static String status(EngagementStatus status) {
        return switch (status) {
            case PLANNED -> "Direncanakan";
            case IN_PROGRESS -> "Berlangsung";
            case REPORTING -> "Pelaporan (konsep)";
            case COMPLETED -> "Selesai";
            case CANCELLED -> "Dibatalkan";
        };
    }

    private static String auditorType(String type) {
        if (type == null) {
            return "";
        }
        return switch (type) {
            case "INTERNAL" -> "Tim audit internal";
            case "EXTERNAL_AUDITOR" -> "Auditor eksternal bersertifikat";
            case "EXTERNAL_BODY" -> "Lembaga audit terakreditasi atau lembaga pemerintah";
            default -> type;
        };
    }
}
