package id.go.spbe.network.topology;

import id.go.spbe.platform.reports.Report;
import id.go.spbe.platform.reports.ReportRenderer;
import org.apache.batik.transcoder.TranscoderException;
import org.apache.batik.transcoder.TranscoderInput;
import org.apache.batik.transcoder.TranscoderOutput;
import org.apache.batik.transcoder.image.PNGTranscoder;
import org.springframework.stereotype.Component;

import java.awt.Font;
import java.awt.FontFormatException;
import java.awt.GraphicsEnvironment;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The drawn diagrams for offline use: a PDF (A4 landscape, the platform's report header, the diagram scaled to the
 * page) and a PNG (Batik, which the reports module brings for SVG in PDFs). Both come from the very SVG the API
 * serves, so the three never disagree.
 */
@Component
public class DiagramDocuments {

    /** A4 landscape within the platform's page margins, in CSS pixels (96 per inch). */
    static final double PAGE_WIDTH_PX = 980;
    static final double PAGE_HEIGHT_PX = 560;
    /** PNGs are capped so a 500-device LAN cannot make a giant image. */
    static final float PNG_MAX_WIDTH = 4000;

    private static final Pattern SIZE = Pattern.compile("<svg([^>]*?) width=\"([0-9.]+)\" height=\"([0-9.]+)\"");
    private static volatile boolean fontsRegistered;

    private final ReportRenderer reports;

    DiagramDocuments(ReportRenderer reports) {
        this.reports = reports;
    }

    /** The diagram alone on A4 landscape pages, titled {@code title}. */
    public byte[] pdf(String title, String svg) {
        return reports.render(new Report("diagram", title, "Diagram jaringan digambar otomatis dari inventaris", null,
                Map.of("diagramSvg", inline(svg, PAGE_WIDTH_PX, PAGE_HEIGHT_PX))));
    }

    /** The diagram as PNG at its natural size (scaled down to {@link #PNG_MAX_WIDTH} pixels wide at most). */
    public byte[] png(String svg) {
        registerFonts();
        PNGTranscoder transcoder = new PNGTranscoder();
        Matcher size = SIZE.matcher(svg);
        if (size.find() && Double.parseDouble(size.group(2)) > PNG_MAX_WIDTH) {
            transcoder.addTranscodingHint(PNGTranscoder.KEY_WIDTH, PNG_MAX_WIDTH);
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            transcoder.transcode(new TranscoderInput(new StringReader(svg)), new TranscoderOutput(out));
        } catch (TranscoderException e) {
            throw new IllegalStateException("the drawn diagram could not be rasterised", e);
        }
        return out.toByteArray();
    }

    /**
     * The SVG ready to sit inside an XHTML report: without its XML declaration, and scaled (width and height only;
     * the viewBox keeps the drawing's coordinates) to fit {@code maxWidth} × {@code maxHeight} CSS pixels.
     */
    public static String inline(String svg, double maxWidth, double maxHeight) {
        String body = svg.replaceFirst("^<\\?xml[^>]*\\?>\\s*", "");
        Matcher size = SIZE.matcher(body);
        if (!size.find()) {
            return body;
        }
        double width = Double.parseDouble(size.group(2));
        double height = Double.parseDouble(size.group(3));
        double scale = Math.min(1, Math.min(maxWidth / width, maxHeight / height));
        return body.substring(0, size.start()) + "<svg" + size.group(1) + String.format(Locale.ROOT,
                " width=\"%.1f\" height=\"%.1f\"", width * scale, height * scale) + body.substring(size.end());
    }

    /** Batik draws text with AWT fonts: the DejaVu Sans the reports module embeds, so no host font is needed. */
    private static void registerFonts() {
        if (fontsRegistered) {
            return;
        }
        synchronized (DiagramDocuments.class) {
            if (fontsRegistered) {
                return;
            }
            GraphicsEnvironment graphics = GraphicsEnvironment.getLocalGraphicsEnvironment();
            for (String file : new String[] {"DejaVuSans.ttf", "DejaVuSans-Bold.ttf"}) {
                try (InputStream in = DiagramDocuments.class.getResourceAsStream("/spbe/reports/fonts/" + file)) {
                    if (in != null) {
                        graphics.registerFont(Font.createFont(Font.TRUETYPE_FONT, in));
                    }
                } catch (IOException | FontFormatException e) {
                    throw new IllegalStateException("cannot load the embedded font " + file, e);
                }
            }
            fontsRegistered = true;
        }
    }
}
