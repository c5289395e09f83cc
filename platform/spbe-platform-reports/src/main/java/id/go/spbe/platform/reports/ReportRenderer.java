package id.go.spbe.platform.reports;

import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FSFontUseCase;
import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FontStyle;
import com.openhtmltopdf.outputdevice.helper.ExternalResourceControlPriority;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder.PdfAConformance;
import com.openhtmltopdf.svgsupport.BatikSVGDrawer;
import id.go.spbe.platform.profile.RegionProfile;
import org.thymeleaf.ITemplateEngine;
import org.thymeleaf.context.Context;

import java.awt.color.ColorSpace;
import java.awt.color.ICC_Profile;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/**
 * Renders a {@link Report} to PDF: the Thymeleaf template produces XHTML, openhtmltopdf lays it out with the embedded
 * DejaVu fonts (no host font is ever used), SVG charts are drawn as vectors, and the PDF gets its title, subject,
 * language and (by default) PDF/A-3u conformance with an sRGB output intent. When a signing key is configured the
 * result is signed (PAdES) by {@link ReportSigner}. Nothing outside the template is fetched: remote and file URLs in
 * templates are refused, so report data cannot make the renderer reach the network.
 * <p>
 * Templates see their model plus {@code report}, {@code region} (name, province, timeZone), {@code regulation},
 * {@code reportTo} (the profile's addressees per area, e.g. {@code reportTo['monev']}), {@code addressee},
 * {@code generatedAt}, {@code fmt} ({@link IndonesianFormat}) and {@code charts} ({@link SvgCharts}). The shared
 * page style (A4, header, "Halaman x dari y") is {@code ~{spbe-layout :: style}}.
 */
public class ReportRenderer {

    static final String FONT_FAMILY = "DejaVu Sans";
    private static final String FONTS = "/spbe/reports/fonts/";
    private static final String PRODUCER = "SPBE platform reports (openhtmltopdf, PDFBox)";

    private final ITemplateEngine templates;
    private final RegionProfile profile;
    private final Map<String, String> reportTo;
    private final IndonesianFormat format;
    private final Locale locale;
    private final boolean pdfA;
    private final ReportSigner signer;
    private final Clock clock;

    public ReportRenderer(ITemplateEngine templates, RegionProfile profile, Map<String, String> reportTo,
            ReportProperties properties, ReportSigner signer, Clock clock) {
        this.templates = templates;
        this.profile = profile;
        this.reportTo = Map.copyOf(reportTo);
        this.locale = Locale.forLanguageTag(properties.locale());
        this.format = new IndonesianFormat(locale, profile != null && profile.region() != null
                && profile.region().timeZone() != null ? profile.region().timeZone() : java.time.ZoneId.of("Asia/Jakarta"));
        this.pdfA = properties.pdfA();
        this.signer = signer;
        this.clock = clock;
    }

    /** The PDF, signed when signing is configured. */
    public byte[] render(Report report) {
        byte[] pdf = pdf(html(report), report);
        return signer == null ? pdf : signer.sign(pdf);
    }

    /** The XHTML the template produced (for previews and tests). */
    public String html(Report report) {
        Map<String, Object> variables = new HashMap<>(report.model());
        variables.put("report", report);
        variables.put("region", region());
        variables.put("regulation", profile == null ? "" : nullToEmpty(profile.regulation()));
        variables.put("reportTo", reportTo);
        variables.put("addressee", report.addressee());
        variables.put("generatedAt", clock.instant());
        variables.put("fmt", format);
        variables.put("charts", new SvgCharts(format));
        return templates.process(report.template(), new Context(locale, variables));
    }

    public IndonesianFormat format() {
        return format;
    }

    private byte[] pdf(String html, Report report) {
        try (ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            PdfRendererBuilder builder = new PdfRendererBuilder()
                    .useFastMode()
                    .withHtmlContent(html, "classpath:/")
                    .useSVGDrawer(new BatikSVGDrawer(BatikSVGDrawer.SvgScriptMode.SECURE,
                            BatikSVGDrawer.SvgExternalResourceMode.SECURE))
                    .useExternalResourceAccessControl((uri, type) -> false,
                            ExternalResourceControlPriority.RUN_BEFORE_RESOLVING_URI)
                    .useExternalResourceAccessControl((uri, type) -> false,
                            ExternalResourceControlPriority.RUN_AFTER_RESOLVING_URI)
                    .withProducer(PRODUCER)
                    .toStream(out);
            EnumSet<FSFontUseCase> everywhere = EnumSet.of(FSFontUseCase.DOCUMENT, FSFontUseCase.SVG,
                    FSFontUseCase.FALLBACK_PRE, FSFontUseCase.FALLBACK_FINAL);
            builder.useFont(() -> font("DejaVuSans.ttf"), FONT_FAMILY, 400, FontStyle.NORMAL, true, everywhere);
            builder.useFont(() -> font("DejaVuSans-Bold.ttf"), FONT_FAMILY, 700, FontStyle.NORMAL, true, everywhere);
            if (pdfA) {
                builder.usePdfAConformance(PdfAConformance.PDFA_3_U)
                        .useColorProfile(ICC_Profile.getInstance(ColorSpace.CS_sRGB).getData());
            }
            builder.run();
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot render report " + report.template(), e);
        }
    }

    private Map<String, Object> region() {
        Map<String, Object> region = new HashMap<>();
        RegionProfile.Region r = profile == null ? null : profile.region();
        region.put("name", r == null ? "" : nullToEmpty(r.name()));
        region.put("province", r == null ? "" : nullToEmpty(r.province()));
        region.put("timeZone", format.zone().getId());
        region.put("profile", profile == null ? "" : nullToEmpty(profile.id()));
        return region;
    }

    private static InputStream font(String file) {
        InputStream in = ReportRenderer.class.getResourceAsStream(FONTS + file);
        if (in == null) {
            throw new IllegalStateException("embedded font " + file + " is missing from the classpath");
        }
        return in;
    }

    private static String nullToEmpty(String s) {
        return s == null ? "" : s;
    }
}
