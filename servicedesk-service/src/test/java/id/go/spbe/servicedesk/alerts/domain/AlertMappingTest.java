package id.go.spbe.servicedesk.alerts.domain;

import id.go.spbe.servicedesk.ticket.domain.Category;
import id.go.spbe.servicedesk.ticket.domain.Level;
import id.go.spbe.servicedesk.ticket.domain.NewTicket;
import id.go.spbe.servicedesk.ticket.domain.Priority;
import id.go.spbe.servicedesk.ticket.domain.TicketType;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;

/** The README's event → ticket table, rule by rule, without Spring (S1, D3, D4, D6, N5, N6, AU7–AU9). */
class AlertMappingTest {

    static final Instant NOW = Instant.parse("2026-12-01T04:00:00Z");
    static final Instant T = Instant.parse("2026-12-01T03:00:00Z");

    static Priority priority(Alert alert) {
        NewTicket t = alert.ticket();
        return Priority.of(t.impact(), t.urgency());
    }

    @Test
    void anOutageIsAHighIncidentThatItsRecoveryClearsWithTheOutageLength_D3() {
        Alert down = DatacenterAlerts.serviceDown(new DatacenterAlerts.ServiceDown(T, "m1", "DINKES", "SIMPUS web",
                "https://simpus/health", "o1", T, 3, "HTTP 503"), "e1");
        assertThat(down.ticket().type()).isEqualTo(TicketType.GANGGUAN);
        assertThat(down.ticket().category()).isEqualTo(Category.INFRASTRUKTUR);
        assertThat(priority(down)).isEqualTo(Priority.TINGGI);
        assertThat(down.source().subjectType()).isEqualTo("monitor");
        assertThat(down.cause()).isEqualTo("outage:o1");
        CauseCleared up = DatacenterAlerts.serviceUp(new DatacenterAlerts.ServiceUp(T, "m1", "DINKES", "SIMPUS web",
                "o1", T, T.plusSeconds(3900), 3900), "e2");
        assertThat(up.cause()).isEqualTo("outage:o1");
        assertThat(up.remember()).isTrue();
        assertThat(up.note()).contains("lama gangguan 1 jam 5 menit");
    }

    @Test
    void backupsAndRestoreTestsFollowTheirSeverity_D6() {
        Alert missed = DatacenterAlerts.backupOverdue(new DatacenterAlerts.BackupOverdue(T, "p1", "DINKES", "VPS",
                "v1", "SIMPUS", "MISSED", T, 1, T, null, "x"), "e1");
        Alert failed = DatacenterAlerts.backupOverdue(new DatacenterAlerts.BackupOverdue(T, "p1", "DINKES",
                "APPLICATION", "app-1", "SIMPUS", "FAILED", null, null, null, "r1", "x"), "e2");
        assertThat(priority(missed)).isEqualTo(Priority.SEDANG);
        assertThat(priority(failed)).isEqualTo(Priority.TINGGI);
        assertThat(failed.applicationId()).isEqualTo("app-1");
        assertThat(missed.applicationId()).isNull();
        // A successful run clears the policy's ticket but is never kept for a later alarm; a failed run clears nothing.
        assertThat(DatacenterAlerts.backupRunReported(new DatacenterAlerts.BackupRunReported(T, "p1", "DINKES", "r2",
                T, "SUCCESS"), "e3").remember()).isFalse();
        assertThat(DatacenterAlerts.backupRunReported(new DatacenterAlerts.BackupRunReported(T, "p1", "DINKES", "r2",
                T, "FAILED"), "e3")).isNull();
        Alert restore = DatacenterAlerts.restoreTestFailed(new DatacenterAlerts.RestoreTestFailed(T, "p1", "DINKES",
                "rt1", "VPS", "v1", "SIMPUS", LocalDate.of(2026, 12, 9), null, "WAL hilang", "admin"), "e4");
        assertThat(restore.ticket().type()).isEqualTo(TicketType.MASALAH);
        assertThat(priority(restore)).isEqualTo(Priority.TINGGI);
        CauseCleared passed = DatacenterAlerts.restoreTestRecorded(new DatacenterAlerts.RestoreTestRecorded(T, "p1",
                "DINKES", "rt2", LocalDate.of(2026, 12, 16), "PASSED"), "e5");
        assertThat(passed.cause()).isEqualTo(restore.cause());
        assertThat(passed.remember()).isFalse();
        assertThat(DatacenterAlerts.restoreTestRecorded(new DatacenterAlerts.RestoreTestRecorded(T, "p1", "DINKES",
                "rt3", LocalDate.of(2026, 12, 16), "FAILED"), "e6")).isNull();
    }

    @Test
    void aVpsTermIsARequestWhoseUrgencyGrowsAsItEnds_D4() {
        Alert month = DatacenterAlerts.vpsExpiring(new DatacenterAlerts.VpsExpiring(T, "v1", "DINKES", "app-1",
                "SIMPUS", "simpus.vps", LocalDate.of(2026, 12, 30), 29), "e1");
        Alert week = DatacenterAlerts.vpsExpiring(new DatacenterAlerts.VpsExpiring(T, "v1", "DINKES", "app-1",
                "SIMPUS", "simpus.vps", LocalDate.of(2026, 12, 30), 7), "e2");
        assertThat(month.ticket().type()).isEqualTo(TicketType.PERMINTAAN);
        assertThat(priority(month)).isEqualTo(Priority.SEDANG);
        assertThat(priority(week)).isEqualTo(Priority.TINGGI);
        assertThat(month.applicationId()).isEqualTo("app-1");
        assertThat(DatacenterAlerts.vpsRenewed(new DatacenterAlerts.VpsRenewed(T, "v1", "DINKES",
                LocalDate.of(2026, 12, 30), LocalDate.of(2027, 12, 30), "op"), "e3").cause()).isEqualTo(month.cause());
    }

    @Test
    void networkAndAuditFindingsAreProblemsWithSeverityAsImpactAndTheirDueDateAsUrgency_N5_N6_AU7_AU9() {
        Alert diagram = NetworkAlerts.lanDiagramOverdue(new NetworkAlerts.LanDiagramOverdue(T, "2027-DINKES",
                "DINKES", 2027, LocalDate.of(2027, 3, 31), "OPEN"), "e1");
        assertThat(diagram.ticket().type()).isEqualTo(TicketType.PERMINTAAN);
        assertThat(diagram.ticket().category()).isEqualTo(Category.JARINGAN);
        assertThat(priority(diagram)).isEqualTo(Priority.RENDAH);

        Alert soon = NetworkAlerts.inspectionFindingOpened(new NetworkAlerts.InspectionFindingOpened(T, "i1",
                "DINKES", "f1", "Firewall", "CRITICAL", LocalDate.of(2026, 12, 5), null, "admin"), "e2", NOW);
        assertThat(soon.ticket().type()).isEqualTo(TicketType.MASALAH);
        assertThat(priority(soon)).isEqualTo(Priority.KRITIS);

        Alert audit = AuditAlerts.findingOpened(new AuditAlerts.FindingOpened(T, "f2", "a1", "KEAMANAN", "Sandi lemah",
                "LOW", "DINKES", LocalDate.of(2026, 12, 20), "Ganti sandi", "rina"), "e3", NOW);
        // A security audit's finding is remediation work, not an S8 incident: not category KEAMANAN.
        assertThat(audit.ticket().category()).isEqualTo(Category.LAINNYA);
        assertThat(audit.ticket().impact()).isEqualTo(Level.RENDAH);
        assertThat(audit.ticket().urgency()).isEqualTo(Level.SEDANG);
        assertThat(audit.source().dueDate()).isEqualTo(LocalDate.of(2026, 12, 20));

        Alert awareness = AuditAlerts.assessmentFindingOpened(new AuditAlerts.AssessmentFindingOpened(T, "f3", "s1",
                "AWARENESS", "Pegawai membuka tautan phishing", "CRITICAL", "DINKES", LocalDate.of(2026, 12, 5),
                "Pelatihan ulang", "admin"), "e5", NOW);
        // AU8: an assessment finding is remediation work either way, never the S8 incident category
        assertThat(awareness.ticket().type()).isEqualTo(TicketType.MASALAH);
        assertThat(awareness.ticket().category()).isEqualTo(Category.LAINNYA);
        assertThat(priority(awareness)).isEqualTo(Priority.KRITIS); // CRITICAL, due within a week
        assertThat(awareness.cause()).isEqualTo("assessment-finding:f3").isNotEqualTo(audit.cause());
        assertThat(AuditAlerts.assessmentFindingOpened(new AuditAlerts.AssessmentFindingOpened(T, "f4", "s2",
                "PENETRATION_TEST", "SQL injection", "HIGH", "DINKES", null, null, "admin"), "e6", NOW)
                .ticket().category()).isEqualTo(Category.INFRASTRUKTUR);

        Alert certificate = AuditAlerts.certificateExpiring(new AuditAlerts.CertificateExpiring(T, "c1", "dr. Sari",
                "DINKES", "BSrE", "1A", Instant.parse("2026-12-31T00:00:00Z"), 30, 29), "e4");
        assertThat(certificate.ticket().category()).isEqualTo(Category.AKUN_DAN_AKSES);
        assertThat(priority(certificate)).isEqualTo(Priority.SEDANG);
        assertThat(certificate.cause()).isNull();
    }

    @Test
    void urgencyThresholdsAndDurationsReadAsWritten() {
        assertThat(AlertRules.urgencyOfDaysLeft(-3)).isEqualTo(Level.TINGGI);
        assertThat(AlertRules.urgencyOfDaysLeft(8)).isEqualTo(Level.SEDANG);
        assertThat(AlertRules.urgencyOfDaysLeft(31)).isEqualTo(Level.RENDAH);
        assertThat(AlertRules.urgencyOfDue(null, NOW)).isEqualTo(Level.SEDANG);
        assertThat(AlertRules.duration(45)).isEqualTo("45 detik");
        assertThat(AlertRules.duration(600)).isEqualTo("10 menit");
        assertThat(AlertRules.duration(90000)).isEqualTo("1 hari 1 jam");
        assertThat(AlertRules.title("x".repeat(300))).hasSize(200);
    }
}
