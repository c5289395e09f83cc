package id.go.spbe.monev.report;

import java.util.List;
import java.util.Locale;

/**
 * A radar (spider) chart as SVG for the evaluation report (M2): one axis per aspect or domain on the framework's
 * 0–5 scale, this year's figures as a filled polygon and, when given, the previous year's as a dashed outline.
 * The platform's {@code SvgCharts} draws bars and lines only; this belongs there once a second service needs it.
 * Labels are escaped; values must be finite.
 */
public final class RadarChart {

    private static final int WIDTH = 640;
    private static final int HEIGHT = 420;
    private static final double CX = WIDTH / 2.0;
    private static final double CY = 222;
    private static final double RADIUS = 125;
    private static final double SCALE = 5;
    private static final int LABEL_CHARS = 26;
    private static final String CURRENT = "#2b6cb0";
    private static final String PREVIOUS = "#c05621";

    private RadarChart() {
    }

    /** One axis: its label, this year's value and the previous year's (null when there is none). */
    public record Axis(String label, double value, Double previous) {

        public Axis {
            if (!Double.isFinite(value) || (previous != null && !Double.isFinite(previous))) {
                throw new IllegalArgumentException("radar values must be finite");
            }
        }
    }

    public static String svg(String title, List<Axis> axes, String currentLegend, String previousLegend) {
        StringBuilder svg = new StringBuilder(String.format(Locale.ROOT,
                "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"%d\" height=\"%d\" viewBox=\"0 0 %d %d\" "
                        + "font-family=\"DejaVu Sans\">", WIDTH, HEIGHT, WIDTH, HEIGHT));
        text(svg, CX, 18, "middle", 12, title);
        int n = axes.size();
        if (n < 3) {
            text(svg, CX, CY, "middle", 10, "Grafik radar memerlukan sekurang-kurangnya tiga sumbu.");
            return svg.append("</svg>").toString();
        }
        for (int ring = 1; ring <= SCALE; ring++) {
            svg.append("<polygon points=\"").append(points(n, i -> (double) 0, ring)).append("\" fill=\"none\" "
                    + "stroke=\"#ccc\" stroke-width=\"0.8\"/>");
            text(svg, CX + 3, CY - RADIUS * ring / SCALE - 2, "start", 8, Integer.toString(ring));
        }
        for (int i = 0; i < n; i++) {
            double[] end = at(i, n, SCALE);
            svg.append(String.format(Locale.ROOT, "<line x1=\"%.1f\" y1=\"%.1f\" x2=\"%.1f\" y2=\"%.1f\" "
                    + "stroke=\"#bbb\" stroke-width=\"0.8\"/>", CX, CY, end[0], end[1]));
            double[] label = at(i, n, SCALE + 0.45);
            String anchor = Math.abs(label[0] - CX) < 8 ? "middle" : label[0] > CX ? "start" : "end";
            text(svg, label[0], label[1] + 3, anchor, 9, shorten(axes.get(i).label()));
        }
        boolean hasPrevious = axes.stream().allMatch(a -> a.previous() != null);
        if (hasPrevious) {
            svg.append("<polygon points=\"").append(points(n, i -> axes.get(i).previous(), -1))
                    .append("\" fill=\"none\" stroke=\"").append(PREVIOUS)
                    .append("\" stroke-width=\"1.5\" stroke-dasharray=\"4 3\"/>");
        }
        svg.append("<polygon points=\"").append(points(n, i -> axes.get(i).value(), -1)).append("\" fill=\"")
                .append(CURRENT).append("\" fill-opacity=\"0.25\" stroke=\"").append(CURRENT)
                .append("\" stroke-width=\"2\"/>");
        for (int i = 0; i < n; i++) {
            double[] p = at(i, n, clamp(axes.get(i).value()));
            svg.append(String.format(Locale.ROOT, "<circle cx=\"%.1f\" cy=\"%.1f\" r=\"2.5\" fill=\"%s\"/>", p[0],
                    p[1], CURRENT));
        }
        legend(svg, 20, HEIGHT - 14, CURRENT, false, currentLegend);
        if (hasPrevious && previousLegend != null) {
            legend(svg, CX + 10, HEIGHT - 14, PREVIOUS, true, previousLegend);
        }
        return svg.append("</svg>").toString();
    }

    private interface Value {
        double of(int axis);
    }

    /** The polygon through each axis at its value, or at {@code ring} on every axis when ring ≥ 0. */
    private static String points(int n, Value value, int ring) {
        StringBuilder points = new StringBuilder();
        for (int i = 0; i < n; i++) {
            double[] p = at(i, n, ring >= 0 ? ring : clamp(value.of(i)));
            points.append(i == 0 ? "" : " ").append(String.format(Locale.ROOT, "%.1f,%.1f", p[0], p[1]));
        }
        return points.toString();
    }

    /** Axis i of n starts at the top and runs clockwise. */
    private static double[] at(int i, int n, double value) {
        double angle = -Math.PI / 2 + 2 * Math.PI * i / n;
        double r = RADIUS * value / SCALE;
        return new double[] {CX + r * Math.cos(angle), CY + r * Math.sin(angle)};
    }

    private static double clamp(double value) {
        return Math.max(0, Math.min(SCALE, value));
    }

    private static void legend(StringBuilder svg, double x, double y, String colour, boolean dashed, String label) {
        svg.append(String.format(Locale.ROOT, "<line x1=\"%.1f\" y1=\"%.1f\" x2=\"%.1f\" y2=\"%.1f\" stroke=\"%s\" "
                + "stroke-width=\"2\"%s/>", x, y - 3, x + 18, y - 3, colour, dashed ? " stroke-dasharray=\"4 3\"" : ""));
        text(svg, x + 22, y, "start", 9, label == null ? "" : label);
    }

    private static String shorten(String label) {
        String plain = label == null ? "" : label.strip();
        return plain.length() <= LABEL_CHARS ? plain : plain.substring(0, LABEL_CHARS - 1).strip() + "…";
    }

    private static void text(StringBuilder svg, double x, double y, String anchor, int size, String content) {
        svg.append(String.format(Locale.ROOT, "<text x=\"%.1f\" y=\"%.1f\" text-anchor=\"%s\" font-size=\"%d\" "
                + "fill=\"#222\">", x, y, anchor, size)).append(escape(content == null ? "" : content))
                .append("</text>");
    }

    static String escape(String text) {
        StringBuilder out = new StringBuilder();
        text.codePoints().forEach(c -> {
            switch (c) {
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '&' -> out.append("&amp;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                default -> {
                    if (c >= 0x20 || c == '\t' || c == '\n') {
                        out.appendCodePoint(c);
                    }
                }
            }
        });
        return out.toString();
    }
}
