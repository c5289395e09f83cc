package id.go.spbe.e2e;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.TestWatcher;

import java.net.URI;
import java.nio.file.Path;
import java.util.UUID;
import java.util.regex.Pattern;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The domain services' workflows in the browser, each across the users the regulation puts in it, on the demo region
 * and through the gateway with real Keycloak sign-ins: a ticket opened by an OPD, taken by its Tier 1 and escalated to
 * Tier 2 with the reason S3 demands; a VPS request Dinas can refuse only with a reason the OPD then reads (D4); an
 * OPD's yearly LAN diagram accepted by Dinas (N6); last year's final evaluation result signed off by the coordinator
 * of the SPBE governance body, who cannot return it without a reason (G2); an audit finding the owning OPD reports as
 * remediated with a proof file that Dinas reads and verifies (AU7); a WAN circuit Dinas decommissions only with a
 * reason, after which it is listed as decommissioned since that day (N2); an OS image Dinas adds to the catalogue,
 * offered on an OPD's VPS request form until Dinas retires it (D4); a closed year's usage review Dinas freezes (D5);
 * a custody consent's letter attached by its OPD, which Dinas reads but cannot replace (D7, SEC3); the remedy of a
 * finding of Dinas's security assessment reported by the assessed OPD (AU8); evidence Dinas uploads for its
 * indicator, flagged as expired rather than refused (M1); an audit's working papers, read by its team and never
 * shown to the audited OPD; the OPD's change tickets pulled by the audit team into its audit from the service desk's
 * events, read but not pulled by the audited OPD; the levels the integration register and the asset inventories
 * support for evaluation indicators 18 and 24.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
@ExtendWith({RunningStack.Lifecycle.class, ServiceWorkflowsIT.ScreenshotOnFailure.class})
@Order(2) // after WebApplicationIT's sweep (it reads the demo data these flows change)
class ServiceWorkflowsIT {

    static WebBrowser browser;
    static Page current;

    static final String TICKET = "Jaringan puskesmas putus uji " + UUID.randomUUID().toString().substring(0, 5);
    static String ticketPath;

    static final class ScreenshotOnFailure implements TestWatcher {
        @Override
        public void testFailed(ExtensionContext context, Throwable cause) {
            if (current != null && !current.isClosed()) {
                browser.screenshot(current, "FAILED-" + context.getRequiredTestMethod().getName());
                System.out.println("[e2e] " + context.getRequiredTestMethod().getName() + " failed "
                        + browser.activity(current));
            }
        }
    }

    @BeforeAll
    static void openTheBrowser() {
        RunningStack running = RunningStack.current();
        Path root = Path.of(System.getProperty("spbe.repo.root", "../.."));
        browser = new WebBrowser(System.getProperty("spbe.e2e.web", running.config.gatewayUrl()), root,
                Path.of(System.getProperty("spbe.e2e.screenshots", "target/screenshots")));
    }

    @AfterAll
    static void close() {
        if (browser != null) {
            browser.close();
        }
    }

    @Test
    @Order(1)
    void anOperatorOpensATicketThatLandsInItsOwnTier1Queue_S1_S2() {
        Page page = signedIn("operator.dinkes", "/layanan/tiket/baru");
        page.getByLabel("Jenis tiket").selectOption("GANGGUAN");
        page.getByLabel("Kategori").selectOption("JARINGAN");
        page.getByLabel("Judul").fill(TICKET);
        page.getByLabel("Uraian").fill("Sejak pukul 08.00 jaringan Puskesmas Denpasar Barat I tidak dapat mengakses "
                + "SIKDA; lampu modem menyala merah. Sudah dicoba menyalakan ulang modem.");
        page.getByLabel("Lokasi terdampak").fill("Puskesmas Denpasar Barat I, ruang pendaftaran");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Buka tiket").setExact(true)).click();
        page.waitForURL(Pattern.compile(".*/layanan/tiket/[0-9a-fA-F-]{8,}$"));
        ticketPath = URI.create(page.url()).getPath();
        heading(page, TICKET);
        expectBadge(page, "Baru");
        expectBadge(page, "Tier 1 (OPD)");
        browser.screenshot(page, "workflow-ticket-opened");
        page.context().close();
    }

    @Test
    @Order(2)
    void itsTier1TakesItAndCanEscalateOnlyWithAReason_S3() {
        assertThat(ticketPath).as("the operator opened the ticket").isNotNull();
        Page page = signedIn("tier1.dinkes", "/layanan/tiket?sort=newest");
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName(TICKET)).first().click();
        page.waitForURL(Pattern.compile(".*" + Pattern.quote(ticketPath) + "$"));
        WebApplicationIT.settled(page, browser);

        step(page, "Ambil tiket", null);
        expectBadge(page, "Ditangani");

        workflowButton(page, "Eskalasi ke Tier 2").click();
        Locator dialog = page.getByRole(AriaRole.DIALOG);
        submit(dialog, "Eskalasi ke Tier 2");
        // S3: no escalation without a reason
        assertThat(dialog.getByText("Wajib diisi", new Locator.GetByTextOptions().setExact(true))).isVisible();
        dialog.getByLabel("Alasan eskalasi").fill("Modem dan jalur WAN dikelola Dinas Kominfo; Tier 1 OPD tidak "
                + "memiliki akses ke perangkat jaringan antar OPD.");
        submit(dialog, "Eskalasi ke Tier 2");
        assertThat(dialog).hasCount(0);
        expectBadge(page, "Tier 2 (Dinas)");
        browser.screenshot(page, "workflow-ticket-escalated");
        page.context().close();
    }

    @Test
    @Order(3)
    void tier2FindsTheEscalatedTicketAndTakesIt_S3() {
        assertThat(ticketPath).as("the operator opened the ticket").isNotNull();
        Page page = signedIn("tier2.dinas", ticketPath);
        heading(page, TICKET);
        step(page, "Ambil tiket", null);
        expectBadge(page, "Ditangani");
        expectBadge(page, "Tier 2 (Dinas)");
        page.context().close();
    }

    @Test
    @Order(4)
    void theRequesterIsToldInItsInboxThatItsTicketWasTakenAndEscalated() {
        assertThat(ticketPath).as("the operator opened the ticket").isNotNull();
        Page page = signedIn("operator.dinkes", "/layanan/kotak-masuk");
        heading(page, "Kotak masuk");
        // one entry per step that concerns the requester (taken by Tier 1, escalated, taken by Tier 2), none for
        // its own opening
        // (notifications follow the ticket's events through Kafka, so the inbox is reopened until they are in)
        Locator entries = page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions()
                .setName(Pattern.compile(literal(TICKET))));
        long deadline = System.nanoTime() + java.time.Duration.ofSeconds(60).toNanos();
        while (entries.count() < 3 && System.nanoTime() < deadline) {
            page.waitForTimeout(2_000);
            page.reload();
            WebApplicationIT.settled(page, browser);
        }
        assertThat(entries).hasCount(3);
        // the header's bell says so on every screen (the three are unread: the inbox was only looked at)
        assertThat(page.getByTestId("inbox-bell")).hasAttribute("aria-label",
                Pattern.compile("^Kotak masuk, \\d+ belum dibaca$"));
        browser.screenshot(page, "workflow-inbox");

        // comments stop coming by e-mail; the choice outlives a reload (the inbox still receives them)
        // the switch's name is its label followed by its hint
        Locator comments = page.getByRole(AriaRole.SWITCH, new Page.GetByRoleOptions()
                .setName(Pattern.compile("^Komentar ")));
        assertThat(comments).isChecked();
        comments.dispatchEvent("click"); // Mantine draws the switch over a visually hidden checkbox
        assertThat(comments).not().isChecked();
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Simpan pilihan e-mail")).click();
        assertThat(page.getByText("Pilihan e-mail disimpan.")).isVisible();
        page.reload();
        WebApplicationIT.settled(page, browser);
        assertThat(page.getByRole(AriaRole.SWITCH, new Page.GetByRoleOptions()
                .setName(Pattern.compile("^Komentar ")))).not().isChecked();
        page.context().close();
    }

    @Test
    @Order(5)
    void dinasRefusesAVpsRequestOnlyWithAReasonTheOpdThenReads_D4() {
        Page page = signedIn("admin.dinas", "/pusat-data/vps?status=SUBMITTED&opd=DINKES");
        Locator request = page.locator("table a[href^='/pusat-data/vps/']").first();
        request.click();
        page.waitForURL(Pattern.compile(".*/pusat-data/vps/[^/?]+$"));
        String vpsPath = URI.create(page.url()).getPath();
        WebApplicationIT.settled(page, browser);

        workflowButton(page, "Tolak").click();
        Locator dialog = page.getByRole(AriaRole.DIALOG);
        submit(dialog, "Tolak");
        assertThat(dialog.getByText("Wajib diisi", new Locator.GetByTextOptions().setExact(true))).isVisible();
        String reason = "Kuota vCPU DINKES tahun ini sudah terpakai; ajukan kembali setelah VPS lama dihentikan.";
        dialog.getByRole(AriaRole.TEXTBOX, new Locator.GetByRoleOptions().setName(Pattern.compile("Alasan")))
                .fill(reason);
        submit(dialog, "Tolak");
        assertThat(dialog).hasCount(0);
        expectBadge(page, "Ditolak");
        browser.screenshot(page, "workflow-vps-rejected");
        page.context().close();

        Page opd = signedIn("operator.dinkes", vpsPath);
        expectBadge(opd, "Ditolak");
        assertThat(opd.getByText(reason)).isVisible();
        opd.context().close();
    }

    @Test
    @Order(6)
    void dinasAcceptsTheDiagramAnOpdSubmittedThisYear_N6() {
        Page page = signedIn("admin.dinas", "/jaringan/diagram-tahunan");
        // the demo's DINKES submitted this year's diagram; DISDIK's is still open
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("DINKES").setExact(true)).first().click();
        page.waitForURL(Pattern.compile(".*/jaringan/diagram-tahunan/[^/?]+$"));
        String taskPath = URI.create(page.url()).getPath();
        WebApplicationIT.settled(page, browser);
        expectBadge(page, "Diserahkan");

        step(page, "Terima", null);
        expectBadge(page, "Diterima");
        browser.screenshot(page, "workflow-lan-diagram-accepted");
        page.context().close();

        Page opd = signedIn("operator.dinkes", taskPath);
        expectBadge(opd, "Diterima");
        assertThat(workflowButton(opd, "Terima")).hasCount(0);
        opd.context().close();
    }

    @Test
    @Order(7)
    void theCoordinatorSignsOffLastYearsFinalResultAndCannotReturnItWithoutAReason_G2() {
        int lastYear = java.time.LocalDate.now(java.time.ZoneId.of("Asia/Jakarta")).getYear() - 1;
        Page page = signedIn("sekda", "/evaluasi/" + lastYear + "-permenpanrb-59-2020");
        assertThat(page.getByText("Hasil final menunggu pengesahan koordinator badan tata kelola SPBE.")).isVisible();

        workflowButton(page, "Kembalikan ke evaluator").click();
        Locator dialog = page.getByRole(AriaRole.DIALOG);
        submit(dialog, "Kembalikan ke evaluator");
        assertThat(dialog.getByText("Wajib diisi", new Locator.GetByTextOptions().setExact(true))).isVisible();
        dialog.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Batal").setExact(true)).click();
        assertThat(dialog).hasCount(0);

        step(page, "Sahkan dan publikasikan", null);
        assertThat(page.getByRole(AriaRole.STATUS).filter(new Locator.FilterOptions()
                .setHasText("Hasil evaluasi disahkan dan dipublikasikan."))).isVisible();
        expectBadge(page, "Dipublikasikan");
        // named by the full name of the Keycloak account that approved, not its username
        assertThat(page.getByText(Pattern.compile("^Disahkan oleh Sekretaris Daerah atas nama "))).isVisible();
        assertThat(workflowButton(page, "Sahkan dan publikasikan")).hasCount(0);
        browser.screenshot(page, "workflow-evaluation-signed-off");
        page.context().close();
    }

    @Test
    @Order(8)
    void theOwningOpdReportsAFindingRemediatedWithProofThatDinasThenVerifies_AU7() {
        // the demo's security audit of SIHA left this DINKES finding in remediation
        String finding = "Hak akses admin SIHA tidak ditinjau";
        String proof = "berita-acara-peninjauan-akses-siha.pdf";
        Page page = signedIn("operator.dinkes", "/audit/temuan");
        Locator dialog = openFinding(page, finding);
        workflowButton(page, "Laporkan selesai diperbaiki").click();
        Locator form = dialog.locator("form");
        form.getByLabel("Catatan").fill("Akun admin dua pegawai mutasi dinonaktifkan; peninjauan hak akses kini "
                + "bulanan menurut SOP baru.");
        form.locator("input[type=file]").setInputFiles(new com.microsoft.playwright.options.FilePayload(proof,
                "application/pdf", minimalPdf()));
        submit(form, "Laporkan selesai diperbaiki");
        assertThat(dialog.getByText("Tindak lanjut temuan diperbarui.")).isVisible();
        assertThat(dialog.getByText("Sudah diperbaiki").first()).isVisible();
        browser.screenshot(page, "workflow-finding-resolved");
        page.context().close();

        Page dinas = signedIn("admin.dinas", "/audit/temuan");
        Locator reviewed = openFinding(dinas, finding);
        assertThat(reviewed.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions()
                .setName("Unduh bukti perbaikan " + proof))).isVisible();
        workflowButton(dinas, "Verifikasi").click();
        submit(reviewed.locator("form"), "Verifikasi");
        assertThat(reviewed.getByText("Tindak lanjut temuan diperbarui.")).isVisible();
        assertThat(reviewed.getByText("Terverifikasi").first()).isVisible();
        browser.screenshot(dinas, "workflow-finding-verified");
        dinas.context().close();
    }

    @Test
    @Order(9)
    void dinasDecommissionsAWanCircuitOnlyWithAReason_N2() {
        Page page = signedIn("admin.dinas", "/jaringan/wan");
        page.getByRole(AriaRole.TAB, new Page.GetByRoleOptions().setName("Sirkuit WAN")).click();
        Locator stop = page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions()
                .setName(Pattern.compile("^Hentikan sirkuit .+"))).first();
        String circuit = stop.getAttribute("aria-label") != null ? stop.getAttribute("aria-label")
                : stop.innerText();
        stop.click();
        Locator dialog = page.getByRole(AriaRole.DIALOG);
        submit(dialog, "Hentikan sirkuit");
        assertThat(dialog.getByText("Wajib diisi", new Locator.GetByTextOptions().setExact(true))).isVisible();
        dialog.getByLabel("Alasan penghentian").fill("Sirkuit digantikan jalur serat optik baru antar OPD.");
        submit(dialog, "Hentikan sirkuit");
        assertThat(dialog).hasCount(0);
        // it leaves the active inventory (the list's default) and is listed as decommissioned since that day
        String circuitId = circuit.substring("Hentikan sirkuit ".length());
        assertThat(page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName(circuit).setExact(true)))
                .hasCount(0);
        page.getByRole(AriaRole.COMBOBOX, new Page.GetByRoleOptions().setName("Status sirkuit").setExact(true))
                .selectOption("DECOMMISSIONED");
        Locator row = page.getByRole(AriaRole.ROW).filter(new Locator.FilterOptions().setHasText(circuitId));
        assertThat(row.locator(".mantine-Badge-root")).hasText(Pattern.compile("^Dinonaktifkan$",
                Pattern.CASE_INSENSITIVE));
        assertThat(row.getByText(Pattern.compile("^sejak "))).isVisible();
        browser.screenshot(page, "workflow-wan-decommissioned");
        page.context().close();
    }

    @Test
    @Order(10)
    void dinasAddsAnOsImageThatAnOpdThenOffersForItsVpsUntilDinasRetiresIt_D4() {
        String code = "e2e-" + UUID.randomUUID().toString().substring(0, 6);
        String version = "26.04-" + code.substring(4);
        Page page = signedIn("admin.dinas", "/pusat-data/katalog-os");
        heading(page, "Katalog Image Sistem Operasi");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Tambah image")).click();
        Locator dialog = page.getByRole(AriaRole.DIALOG);
        dialog.getByLabel("Kode").fill(code);
        dialog.getByLabel("Nama").fill("Ubuntu Server");
        dialog.getByLabel("Versi").fill(version);
        dialog.getByLabel("Akhir dukungan vendor").fill("2031-05-31");
        submit(dialog, "Simpan");
        assertThat(dialog).hasCount(0);
        Locator row = page.getByRole(AriaRole.ROW).filter(new Locator.FilterOptions()
                .setHasText("Ubuntu Server " + version));
        assertThat(row.locator(".mantine-Badge-root")).hasText(Pattern.compile("^Aktif$", Pattern.CASE_INSENSITIVE));

        // the OPD's VPS request form offers the new image with its end of support
        Page opd = signedIn("operator.dinkes", "/pusat-data/vps/baru");
        String option = "Ubuntu Server " + version + " (dukungan sampai 31 Mei 2031)";
        RegistrationScreen.choose(opd, "Sistem operasi", option);
        opd.context().close();

        // retired with a reason, it stays in the catalogue but is no longer offered for a new VPS
        current = page;
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions()
                .setName("Pensiunkan Ubuntu Server " + version).setExact(true)).click();
        Locator retire = page.getByRole(AriaRole.DIALOG);
        retire.getByLabel("Alasan").fill("Digantikan rilis LTS berikutnya; image uji e2e.");
        submit(retire, "Pensiunkan");
        assertThat(retire).hasCount(0);
        assertThat(row.locator(".mantine-Badge-root")).hasText(Pattern.compile("^Dipensiunkan$",
                Pattern.CASE_INSENSITIVE));
        browser.screenshot(page, "workflow-os-image-retired");
        page.context().close();

        Page again = signedIn("operator.dinkes", "/pusat-data/vps/baru");
        Locator box = again.getByRole(AriaRole.COMBOBOX, new Page.GetByRoleOptions().setName("Sistem operasi"))
                .or(again.getByRole(AriaRole.TEXTBOX, new Page.GetByRoleOptions().setName("Sistem operasi"))).first();
        box.click();
        assertThat(again.getByRole(AriaRole.OPTION).first()).isVisible();
        assertThat(again.getByRole(AriaRole.OPTION, new Page.GetByRoleOptions().setName(option))).hasCount(0);
        again.context().close();
    }

    @Test
    @Order(11)
    void dinasFreezesAClosedYearsUsageReviewWhichThenReadsAsFrozen_D5() {
        // the freezing job freezes only the year before; two years back is still open for Dinas to freeze by hand
        String year = String.valueOf(java.time.Year.now().getValue() - 2);
        Page page = signedIn("admin.dinas", "/pusat-data/tinjauan-tahunan");
        RegistrationScreen.choose(page, "Tahun", year);
        WebApplicationIT.settled(page, browser);
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Bekukan tinjauan " + year)).click();
        Locator dialog = page.getByRole(AriaRole.DIALOG);
        assertThat(dialog.getByText("Pembekuan tidak dapat dibatalkan", new Locator.GetByTextOptions()
                .setExact(false))).isVisible();
        submit(dialog, "Bekukan");
        assertThat(dialog).hasCount(0);
        assertThat(page.getByTestId("review-frozen")).containsText("Tinjauan tahun " + year + " dibekukan pada");
        assertThat(page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Bekukan tinjauan " + year)))
                .hasCount(0);
        browser.screenshot(page, "workflow-usage-review-frozen");
        page.context().close();

        // what the server keeps: a fresh sign-in reads the year as frozen
        Page again = signedIn("admin.dinas", "/pusat-data/tinjauan-tahunan");
        RegistrationScreen.choose(again, "Tahun", year);
        assertThat(again.getByTestId("review-frozen")).containsText("dibekukan pada");
        again.context().close();
    }

    @Test
    @Order(12)
    void theOwningOpdAttachesItsConsentLetterThatDinasCanOnlyRead_D7_SEC3() {
        // the demo's DINKES consent letting Dinas run restore tests on its systems
        String letter = "800/417/DINKES/2026";
        Page page = signedIn("operator.dinkes", "/pusat-data/persetujuan");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Unggah surat persetujuan " + letter)
                .setExact(true)).click();
        Locator dialog = page.getByRole(AriaRole.DIALOG);
        dialog.locator("input[type=file]").setInputFiles(new com.microsoft.playwright.options.FilePayload(
                "surat-persetujuan-dinkes.pdf", "application/pdf", wellFormedPdf()));
        submit(dialog, "Unggah surat");
        assertThat(dialog).hasCount(0);
        assertThat(page.getByText("Surat persetujuan dilampirkan.")).isVisible();
        assertThat(page.getByText("Tidak bertanda tangan digital").first()).isVisible();
        assertThat(page.getByText(Pattern.compile("^SHA-256 [0-9a-fA-F]{64}$")).first()).isVisible();
        browser.screenshot(page, "workflow-consent-letter-attached");
        page.context().close();

        Page dinas = signedIn("admin.dinas", "/pusat-data/persetujuan");
        assertThat(dinas.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions()
                .setName("Unduh surat persetujuan " + letter).setExact(true))).isVisible();
        assertThat(dinas.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions()
                .setName("Unggah surat persetujuan " + letter).setExact(true))).hasCount(0);
        dinas.context().close();
    }

    @Test
    @Order(13)
    void theAssessedOpdReportsHowItRemediedAFindingOfDinassSecurityAssessment_AU8() {
        // the demo's Dinas vulnerability scan of DINKES left this finding open
        String finding = "TLS 1.0 masih diterima server SIHA";
        String remedy = "TLS 1.0 dan 1.1 dimatikan pada server SIHA; hanya TLS 1.2 dan 1.3 yang diterima.";
        Page page = signedIn("operator.dinkes", "/audit/penilaian-keamanan");
        heading(page, "Penilaian Keamanan Informasi");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Pemindaian kerentanan server SIHA")
                .setExact(true)).first().click();
        Locator dialog = page.getByRole(AriaRole.DIALOG);
        dialog.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Laporkan penanganan: " + finding)
                .setExact(true)).click();
        Locator form = dialog.locator("form");
        form.getByLabel("Cara penanganan").fill(remedy);
        submit(form, "Simpan penanganan");
        assertThat(dialog.getByText("Penilaian keamanan diperbarui.")).isVisible();
        assertThat(dialog.getByText(Pattern.compile(literal(remedy) + "$"))).isVisible();
        browser.screenshot(page, "workflow-security-finding-remedied");
        page.context().close();
    }

    @Test
    @Order(14)
    void dinasUploadsEvidenceForItsIndicatorWhichIsFlaggedExpiredNotRefused_M1() {
        // this year's 59/2020 evaluation is in self-assessment; Dinas (Diskominfo) proposes the indicators of its unit
        int year = java.time.Year.now(java.time.ZoneId.of("Asia/Jakarta")).getValue();
        Page page = signedIn("admin.dinas", "/evaluasi/" + year + "-permenpanrb-59-2020");
        Locator propose = page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions()
                .setName(Pattern.compile("^Usulkan tingkat \\d+$"))).first();
        String no = propose.getAttribute("aria-label").substring("Usulkan tingkat ".length());
        propose.click();
        Locator dialog = page.getByRole(AriaRole.DIALOG);
        Locator upload = dialog.getByRole(AriaRole.FORM, new Locator.GetByRoleOptions().setName("Unggah dokumen bukti"));
        upload.locator("input[type=file]").setInputFiles(new com.microsoft.playwright.options.FilePayload(
                "perwali-satu-data.pdf", "application/pdf", wellFormedPdf()));
        upload.getByLabel("Judul dokumen").fill("Peraturan Wali Kota tentang Satu Data");
        upload.getByLabel(Pattern.compile("^Berlaku sampai")).fill("2020-06-30");
        submit(upload, "Unggah");
        assertThat(dialog.getByText("1 dokumen bukti diunggah dan dipilih untuk usulan.")).isVisible();
        // valid only until mid-2020: flagged for the evaluators, not refused
        assertThat(dialog.locator(".mantine-Badge-root").filter(new Locator.FilterOptions()
                .setHasText(Pattern.compile("^kedaluwarsa$", Pattern.CASE_INSENSITIVE))).first()).isVisible();
        dialog.getByRole(AriaRole.RADIO, new Locator.GetByRoleOptions().setName("Tingkat 3").setExact(true)).check();
        // by role: the label's text also holds the required asterisk, the accessible name does not
        dialog.getByRole(AriaRole.TEXTBOX, new Locator.GetByRoleOptions().setName("Penjelasan").setExact(true))
                .fill("Satu Data diatur Peraturan Wali Kota; dokumen terlampir.");
        submit(dialog, "Simpan usulan");
        assertThat(dialog).hasCount(0);
        assertThat(page.getByText("Usulan indikator " + no + " disimpan.")).isVisible();
        assertThat(page.getByText("1 bukti kedaluwarsa").first()).isVisible();
        browser.screenshot(page, "workflow-evaluation-evidence-expired");
        page.context().close();
    }

    @Test
    @Order(15)
    void theAuditTeamReadsItsWorkingPapersWhichTheAuditedOpdNeverSees() {
        // the demo's lead auditor recorded one working paper on the running security audit of SIHA
        Page page = sihaAuditAsItsLead();
        String auditPath = URI.create(page.url()).getPath();
        page.getByRole(AriaRole.TAB, new Page.GetByRoleOptions().setName("Kertas kerja")).click();
        assertThat(page.getByText("Wawancara pengelola SIHA tentang pengelolaan hak akses").first()).isVisible();
        browser.screenshot(page, "workflow-workpapers");
        page.context().close();

        Page opd = signedIn("operator.dinkes", auditPath);
        assertThat(opd.getByRole(AriaRole.TAB, new Page.GetByRoleOptions().setName("Ringkasan"))).isVisible();
        assertThat(opd.getByRole(AriaRole.TAB, new Page.GetByRoleOptions().setName("Kertas kerja"))).hasCount(0);
        opd.context().close();
    }

    @Test
    @Order(16)
    void theAuditTeamPullsTheOpdsChangeTicketsIntoItsAuditWhichTheAuditedOpdReadsButCannotPull_AU2() {
        // the running security audit of SIHA (DINKES); change tickets come from the service desk's events
        Page page = sihaAuditAsItsLead();
        String auditPath = URI.create(page.url()).getPath();
        page.getByRole(AriaRole.TAB, new Page.GetByRoleOptions().setName("Bukti dari layanan lain")).click();
        // the backups view comes first, read from the data centre's events
        assertThat(page.getByText("VPS dalam cakupan", new Page.GetByTextOptions().setExact(true))).isVisible();
        page.getByLabel("Sumber").selectOption("CHANGES");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Tampilkan").setExact(true)).click();
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Ambil sebagai bukti").setExact(true))
                .click();
        assertThat(page.getByText("Tiket perubahan diambil sebagai bukti audit.")).isVisible();
        Locator pulled = page.getByRole(AriaRole.TABLE, new Page.GetByRoleOptions()
                .setName("Bukti dari layanan lain dalam audit ini"));
        assertThat(pulled.getByText("Tiket perubahan", new Locator.GetByTextOptions().setExact(true)).first())
                .isVisible();
        browser.screenshot(page, "workflow-audit-pulled-evidence");
        page.context().close();

        // its own operational data: the audited OPD reads what was pulled, but pulls nothing
        Page opd = signedIn("operator.dinkes", auditPath + "?tab=bukti-layanan");
        Locator seen = opd.getByRole(AriaRole.TABLE, new Page.GetByRoleOptions()
                .setName("Bukti dari layanan lain dalam audit ini"));
        assertThat(seen.getByText("Tiket perubahan", new Locator.GetByTextOptions().setExact(true)).first())
                .isVisible();
        assertThat(opd.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Ambil sebagai bukti")))
                .hasCount(0);
        opd.context().close();
    }

    @Test
    @Order(17)
    void theEvaluationShowsWhatTheIntegrationRegisterAndTheAssetInventoriesSupportForIndicators18And24() {
        // the demo records integrations between OPD applications, applications, sites, circuits and VPS
        int year = java.time.Year.now(java.time.ZoneId.of("Asia/Jakarta")).getValue();
        Page page = signedIn("admin.dinas", "/evaluasi/" + year + "-permenpanrb-59-2020");
        Locator linkage = page.getByRole(AriaRole.GROUP, new Page.GetByRoleOptions()
                .setName("Bukti operasional 18").setExact(true));
        assertThat(linkage.getByText(Pattern.compile("^Sistem penghubung layanan: \\d+ integrasi aktif"))).isVisible();
        assertThat(linkage.getByText(Pattern.compile("^Data platform mendukung"))).isVisible();
        Locator assets = page.getByRole(AriaRole.GROUP, new Page.GetByRoleOptions()
                .setName("Bukti operasional 24").setExact(true));
        assertThat(assets.getByText(Pattern.compile("^Manajemen aset TIK: aset TIK tercatat untuk \\d+ dari \\d+ OPD")))
                .isVisible();
        linkage.scrollIntoViewIfNeeded();
        browser.screenshot(page, "workflow-evaluation-evidence-18-24");
        page.context().close();
    }

    /** The demo's running security audit of SIHA (DINKES), opened from the list by its lead auditor. */
    static Page sihaAuditAsItsLead() {
        Page page = signedIn("auditor", "/audit/penugasan");
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions()
                .setName(Pattern.compile("^Audit Keamanan SIHA Dinas Kesehatan"))).first().click();
        page.waitForURL(Pattern.compile(".*/audit/penugasan/[^/?]+$"));
        WebApplicationIT.settled(page, browser);
        return page;
    }

    /** Opens a finding's dialog from the findings list by its title. */
    static Locator openFinding(Page page, String title) {
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName(title).setExact(true)).first().click();
        Locator dialog = page.getByRole(AriaRole.DIALOG);
        assertThat(dialog).isVisible();
        return dialog;
    }

    /** The smallest file the service's content sniffing reads as a PDF. */
    static byte[] minimalPdf() {
        return ("%PDF-1.4\n1 0 obj << /Type /Catalog /Pages 2 0 R >> endobj\n"
                + "2 0 obj << /Type /Pages /Kids [] /Count 0 >> endobj\n"
                + "trailer << /Root 1 0 R >>\n%%EOF\n").getBytes(java.nio.charset.StandardCharsets.US_ASCII);
    }

    /** A one-page PDF with a correct cross-reference table, for services that parse what they store. */
    static byte[] wellFormedPdf() {
        String[] objects = {
            "<< /Type /Catalog /Pages 2 0 R >>",
            "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
            "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] >>"};
        StringBuilder pdf = new StringBuilder("%PDF-1.4\n");
        StringBuilder xref = new StringBuilder("xref\n0 " + (objects.length + 1) + "\n0000000000 65535 f \n");
        for (int i = 0; i < objects.length; i++) {
            xref.append(String.format("%010d 00000 n \n", pdf.length()));
            pdf.append(i + 1).append(" 0 obj\n").append(objects[i]).append("\nendobj\n");
        }
        int start = pdf.length();
        pdf.append(xref).append("trailer\n<< /Size ").append(objects.length + 1).append(" /Root 1 0 R >>\n")
                .append("startxref\n").append(start).append("\n%%EOF\n");
        return pdf.toString().getBytes(java.nio.charset.StandardCharsets.US_ASCII);
    }

    /** A fresh browser at {@code path}, signed in on Keycloak's form, with the screen settled. */
    static Page signedIn(String username, String path) {
        Page page = browser.newPage(WebBrowser.Viewport.DESKTOP);
        current = page;
        page.navigate(path);
        WebBrowser.signIn(page, username);
        page.getByTestId("caller-menu").waitFor();
        WebApplicationIT.settled(page, browser);
        return page;
    }

    static void heading(Page page, String text) {
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1))).hasText(text);
    }

    /** A status badge; badges are shown in capitals (CSS), which is what the browser's text matching sees. */
    static void expectBadge(Page page, String text) {
        assertThat(page.locator(".mantine-Badge-root")
                .filter(new Locator.FilterOptions().setHasText(Pattern.compile("^" + literal(text) + "$",
                        Pattern.CASE_INSENSITIVE)))
                .first()).isVisible();
    }

    /**
     * A literal for a regular expression Playwright hands to the browser: JavaScript has no {@code \Q…\E}, so
     * {@link Pattern#quote} would match the letters Q and E instead; each metacharacter is escaped one by one.
     */
    static String literal(String text) {
        return text.replaceAll("[\\\\^$.|?*+()\\[\\]{}]", "\\\\$0");
    }

    static Locator workflowButton(Page page, String name) {
        return page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName(name).setExact(true)).first();
    }

    /** Presses a workflow button and confirms its dialog (optionally filling one labelled field first). */
    static void step(Page page, String action, String[] field) {
        workflowButton(page, action).click();
        Locator dialog = page.getByRole(AriaRole.DIALOG);
        if (field != null) {
            dialog.getByLabel(field[0]).fill(field[1]);
        }
        submit(dialog, action);
        assertThat(dialog).hasCount(0);
    }

    static void submit(Locator dialog, String action) {
        dialog.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName(action).setExact(true)).click();
    }
}
