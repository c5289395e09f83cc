package id.go.spbe.platform.reports;

import java.util.List;
import java.util.Locale;

/**
 * Bar and line charts drawn as SVG from data, for templates as {@code charts} (insert with {@code th:utext}, the
 * output is escaped here): {@code ${charts.bar('Aplikasi per status', points)}}. The SVG is rendered into the PDF
 * as vectors with the report's embedded font. Labels and titles are escaped; values must be finite and non-negative
 * for bars.
 */
public final class SvgCharts {

    private static final int WIDTH = 480;
    private static final int HEIGHT = 240;
    private static final int LEFT = 48;
    private static final int RIGHT = 12;
    private static final int TOP = 28;
    private static final int BOTTOM = 48;
    private static final String BAR_COLOUR = "#2b6cb0";
    private static final String LINE_COLOUR = "#c05621";

    private final IndonesianFormat format;

    public SvgCharts(IndonesianFormat format) {
        this.format = format;
    }

    /** One labelled value. */
    public record Point(String label, double value) {

        public Point {
            if (!Double.isFinite(value)) {
                throw new IllegalArgumentException("chart values must be finite");
            }
        }
    }

    public static Point point(String label, Number value) {
        return new Point(label, value.doubleValue());
    }

    /** A vertical bar chart; each bar carries its value on top. */
    public String bar(String title, List<Point> points) {
        double max = scaleMax(points);
        StringBuilder svg = open(title);
        axes(svg, max);
        int plotWidth = WIDTH - LEFT - RIGHT;
        double slot = points.isEmpty() ? plotWidth : (double) plotWidth / points.size();
        for (int i = 0; i < points.size(); i++) {
            Point p = points.get(i);
            if (p.value() < 0) {
                throw new IllegalArgumentException("bar values must not be negative");
            }
            double height = plotHeight() * p.value() / max;
            double x = LEFT + i * slot + slot * 0.15;
            double y = TOP + plotHeight() - height;
            svg.append(String.format(Locale.ROOT,
                    "<rect x=\"%.1f\" y=\"%.1f\" width=\"%.1f\" height=\"%.1f\" fill=\"%s\"/>", x, y, slot * 0.7,
                    height, BAR_COLOUR));
            text(svg, x + slot * 0.35, y - 4, "middle", 10, format.decimal(p.value(), decimals(p.value())));
            text(svg, x + slot * 0.35, TOP + plotHeight() + 14, "middle", 10, p.label());
        }
        return svg.append("</svg>").toString();
    }

    /** A line chart over the labels in order, with a marker and the value at each point. */
    public String line(String title, List<Point> points) {
        double max = scaleMax(points);
        StringBuilder svg = open(title);
        axes(svg, max);
        int plotWidth = WIDTH - LEFT - RIGHT;
        // Points sit in the middle of equal slots, so the first and last labels are not cut at the edges.
        double step = points.isEmpty() ? plotWidth : (double) plotWidth / points.size();
        StringBuilder path = new StringBuilder();
        for (int i = 0; i < points.size(); i++) {
            Point p = points.get(i);
            double x = LEFT + step * (i + 0.5);
            double y = TOP + plotHeight() - plotHeight() * Math.max(0, p.value()) / max;
            path.append(i == 0 ? "M" : " L").append(String.format(Locale.ROOT, "%.1f %.1f", x, y));
            svg.append(String.format(Locale.ROOT, "<circle cx=\"%.1f\" cy=\"%.1f\" r=\"3\" fill=\"%s\"/>", x, y,
                    LINE_COLOUR));
            text(svg, x, y - 6, "middle", 9, format.decimal(p.value(), decimals(p.value())));
            text(svg, x, TOP + plotHeight() + 14, "middle", 10, p.label());
        }
        if (!points.isEmpty()) {
            svg.append("<path d=\"").append(path).append("\" fill=\"none\" stroke=\"").append(LINE_COLOUR)
                    .append("\" stroke-width=\"2\"/>");
        }
        return svg.append("</svg>").toString();
    }

    private StringBuilder open(String title) {
        StringBuilder svg = new StringBuilder(String.format(Locale.ROOT,
                "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"%d\" height=\"%d\" viewBox=\"0 0 %d %d\" "
                        + "font-family=\"DejaVu Sans\">", WIDTH, HEIGHT, WIDTH, HEIGHT));
        text(svg, WIDTH / 2.0, 16, "middle", 12, title == null ? "" : title);
        return svg;
    }

    private void axes(StringBuilder svg, double max) {
        int bottom = TOP + plotHeight();
        svg.append(String.format(Locale.ROOT, "<line x1=\"%d\" y1=\"%d\" x2=\"%d\" y2=\"%d\" stroke=\"#444\"/>", LEFT,
                TOP, LEFT, bottom));
        svg.append(String.format(Locale.ROOT, "<line x1=\"%d\" y1=\"%d\" x2=\"%d\" y2=\"%d\" stroke=\"#444\"/>", LEFT,
                bottom, WIDTH - RIGHT, bottom));
        for (int i = 0; i <= 4; i++) {
            double value = max * i / 4;
            double y = bottom - plotHeight() * i / 4.0;
            svg.append(String.format(Locale.ROOT, "<line x1=\"%d\" y1=\"%.1f\" x2=\"%d\" y2=\"%.1f\" "
                    + "stroke=\"#ddd\"/>", LEFT + 1, y, WIDTH - RIGHT, y));
            text(svg, LEFT - 4, y + 3, "end", 9, format.decimal(value, decimals(value)));
        }
    }

    private static int plotHeight() {
        return HEIGHT - TOP - BOTTOM;
    }

    private static double scaleMax(List<Point> points) {
        double max = points.stream().mapToDouble(Point::value).max().orElse(0);
        return max <= 0 ? 1 : max * 1.1;
    }

    private static int decimals(double value) {
        return value == Math.rint(value) ? 0 : 1;
    }

    private static void text(StringBuilder svg, double x, double y, String anchor, int size, String content) {
        svg.append(String.format(Locale.ROOT, "<text x=\"%.1f\" y=\"%.1f\" text-anchor=\"%s\" font-size=\"%d\" "
                + "fill=\"#222\">", x, y, anchor, size)).append(escape(content)).append("</text>");
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
                    // Control characters are not allowed in XML 1.0; they are dropped.
                    if (c >= 0x20 || c == '\t' || c == '\n') {
                        out.appendCodePoint(c);
                    }
                }
            }
        });
        return out.toString();
    }
}
