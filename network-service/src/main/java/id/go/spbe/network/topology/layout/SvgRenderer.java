package id.go.spbe.network.topology.layout;

import id.go.spbe.network.topology.layout.Diagram.Box;
import id.go.spbe.network.topology.layout.Diagram.LegendEntry;
import id.go.spbe.network.topology.layout.Diagram.Link;
import id.go.spbe.network.topology.layout.LayeredLayout.Placed;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Draws a {@link Diagram} as a standalone SVG 1.1 document: title and subtitle on top, links under the boxes
 * (straight lines from the bottom of the upper box to the top of the lower one, or side to side within a row), the
 * interface names near each end of a link and its own label at the middle (on a white halo so crossing lines do not
 * hide them), boxes with name and detail, and the legend below. Every text is XML-escaped; the document fetches
 * nothing and has no script. Elements carry classes and {@code data-*} attributes so tests and the SPA can find
 * them.
 */
public final class SvgRenderer {

    static final double BOX_WIDTH = 168;
    static final double BOX_HEIGHT = 52;
    private static final double LEGEND_ROW = 20;
    private static final double END_LABEL_OFFSET = 14;
    private static final double LABEL_STAGGER = 12;

    private SvgRenderer() {
    }

    public static String render(Diagram diagram) {
        List<LayeredLayout.Node> nodes = diagram.boxes().stream()
                .map(b -> new LayeredLayout.Node(b.id(), b.layer(), BOX_WIDTH, BOX_HEIGHT)).toList();
        List<LayeredLayout.Edge> edges = diagram.links().stream()
                .map(l -> new LayeredLayout.Edge(l.from(), l.to())).toList();
        LayeredLayout.Result layout = LayeredLayout.layout(nodes, edges, LayeredLayout.Settings.defaults());
        return render(diagram, layout);
    }

    static String render(Diagram diagram, LayeredLayout.Result layout) {
        double legendTop = layout.height() + 10;
        double legendHeight = 28 + LEGEND_ROW * diagram.legend().size();
        double width = Math.max(Math.max(layout.width(), 560), headingWidth(diagram));
        double height = legendTop + legendHeight + 16;
        StringBuilder svg = new StringBuilder(4096 + 600 * diagram.boxes().size());
        svg.append("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n")
                .append("<svg xmlns=\"http://www.w3.org/2000/svg\" version=\"1.1\" width=\"").append(n(width))
                .append("\" height=\"").append(n(height)).append("\" viewBox=\"0 0 ").append(n(width)).append(' ')
                .append(n(height)).append("\" font-family=\"DejaVu Sans, Verdana, sans-serif\" role=\"img\" ")
                .append("aria-labelledby=\"diagram-title\">\n")
                .append("<title id=\"diagram-title\">").append(esc(diagram.title())).append("</title>\n")
                .append("<rect width=\"100%\" height=\"100%\" fill=\"#ffffff\"/>\n")
                .append("<text class=\"title\" x=\"24\" y=\"30\" font-size=\"18\" font-weight=\"bold\" ")
                .append("fill=\"#1a1a1a\">").append(esc(diagram.title())).append("</text>\n")
                .append("<text class=\"subtitle\" x=\"24\" y=\"50\" font-size=\"12\" fill=\"#444444\">")
                .append(esc(diagram.subtitle())).append("</text>\n");

        Map<String, Placed> at = layout.nodes();
        // Orient every link downwards, then spread the links leaving a box's bottom (and entering its top) along
        // that edge in the order of their other ends, so fan-outs neither start at one point nor cross at the box.
        List<Link> oriented = new ArrayList<>();
        Map<String, List<Link>> leaving = new HashMap<>();
        Map<String, List<Link>> entering = new HashMap<>();
        for (Link link : diagram.links()) {
            Placed from = at.get(link.from());
            Placed to = at.get(link.to());
            if (from == null || to == null) {
                continue;
            }
            if (to.y() < from.y()) {
                link = new Link(link.id(), link.to(), link.from(), link.toLabel(), link.fromLabel(), link.label(),
                        link.colour(), link.dashed(), link.strokeWidth());
            }
            oriented.add(link);
            if (at.get(link.from()).row() != at.get(link.to()).row()) {
                leaving.computeIfAbsent(link.from(), k -> new ArrayList<>()).add(link);
                entering.computeIfAbsent(link.to(), k -> new ArrayList<>()).add(link);
            }
        }
        leaving.values().forEach(links -> links.sort(Comparator.comparingDouble(l -> at.get(l.to()).centerX())));
        entering.values().forEach(links -> links.sort(Comparator.comparingDouble(l -> at.get(l.from()).centerX())));

        svg.append("<g class=\"links\">\n");
        List<String> labels = new ArrayList<>();
        for (Link link : oriented) {
            Placed from = at.get(link.from());
            Placed to = at.get(link.to());
            double x1;
            double y1;
            double x2;
            double y2;
            int fromRank = 0;
            int toRank = 0;
            if (from.row() == to.row()) {
                boolean leftToRight = from.x() < to.x();
                x1 = leftToRight ? from.x() + from.width() : from.x();
                x2 = leftToRight ? to.x() : to.x() + to.width();
                y1 = from.y() + from.height() / 2;
                y2 = to.y() + to.height() / 2;
            } else {
                List<Link> out = leaving.get(link.from());
                List<Link> in = entering.get(link.to());
                fromRank = out.indexOf(link);
                toRank = in.indexOf(link);
                x1 = from.x() + from.width() * (fromRank + 1) / (out.size() + 1);
                y1 = from.bottom();
                x2 = to.x() + to.width() * (toRank + 1) / (in.size() + 1);
                y2 = to.y();
            }
            svg.append("<line class=\"link\" data-id=\"").append(esc(link.id())).append("\" data-from=\"")
                    .append(esc(link.from())).append("\" data-to=\"").append(esc(link.to())).append("\" x1=\"")
                    .append(n(x1)).append("\" y1=\"").append(n(y1)).append("\" x2=\"").append(n(x2))
                    .append("\" y2=\"").append(n(y2)).append("\" stroke=\"").append(esc(link.colour()))
                    .append("\" stroke-width=\"").append(n(link.strokeWidth())).append('"')
                    .append(link.dashed() ? " stroke-dasharray=\"6 4\"" : "").append("/>\n");
            double fromX;
            double fromY;
            double toX;
            double toY;
            if (from.row() == to.row()) {
                double length = Math.max(1, Math.hypot(x2 - x1, y2 - y1));
                double along = Math.min(END_LABEL_OFFSET, length / 3);
                fromX = x1 + (x2 - x1) / length * along;
                fromY = y1 + (y2 - y1) / length * along;
                toX = x2 - (x2 - x1) / length * along;
                toY = y2 - (y2 - y1) / length * along;
            } else {
                // End labels sit a fixed height below (above) the box, staggered over three heights for neighbours
                // of a fan-out: on a wide fan-out the lines are flat, and a fixed height spreads the labels along x.
                double drop = y2 - y1;
                double down = Math.min(END_LABEL_OFFSET + (fromRank % 3) * LABEL_STAGGER, drop / 2.4);
                double up = Math.min(END_LABEL_OFFSET + (toRank % 3) * LABEL_STAGGER, drop / 2.4);
                fromX = x1 + (x2 - x1) * down / drop;
                fromY = y1 + down;
                toX = x2 - (x2 - x1) * up / drop;
                toY = y2 - up;
            }
            if (link.fromLabel() != null) {
                labels.add(label("end-label", fromX, fromY + 4, link.fromLabel(), link.id()));
            }
            if (link.toLabel() != null) {
                labels.add(label("end-label", toX, toY + 4, link.toLabel(), link.id()));
            }
            if (link.label() != null) {
                labels.add(label("link-label", (x1 + x2) / 2, (y1 + y2) / 2 + 4, link.label(), link.id()));
            }
        }
        svg.append("</g>\n<g class=\"labels\" font-size=\"10\" fill=\"#222222\" text-anchor=\"middle\" ")
                .append("stroke=\"#ffffff\" stroke-width=\"3\" paint-order=\"stroke\">\n");
        labels.forEach(svg::append);
        svg.append("</g>\n<g class=\"nodes\">\n");
        for (Box box : diagram.boxes()) {
            Placed p = at.get(box.id());
            svg.append("<g class=\"node\" data-id=\"").append(esc(box.id())).append("\" data-kind=\"")
                    .append(esc(box.kind())).append("\">")
                    .append("<rect x=\"").append(n(p.x())).append("\" y=\"").append(n(p.y())).append("\" width=\"")
                    .append(n(p.width())).append("\" height=\"").append(n(p.height()))
                    .append("\" rx=\"6\" fill=\"").append(esc(box.fill())).append("\" stroke=\"")
                    .append(esc(box.stroke())).append("\" stroke-width=\"1.5\"/>")
                    .append("<text class=\"node-label\" x=\"").append(n(p.centerX())).append("\" y=\"")
                    .append(n(p.y() + 21)).append("\" font-size=\"12\" font-weight=\"bold\" text-anchor=\"middle\" ")
                    .append("fill=\"#111111\">").append(esc(fit(box.label(), 22))).append("</text>");
            if (box.detail() != null) {
                svg.append("<text class=\"node-detail\" x=\"").append(n(p.centerX())).append("\" y=\"")
                        .append(n(p.y() + 39)).append("\" font-size=\"10\" text-anchor=\"middle\" fill=\"#333333\">")
                        .append(esc(fit(box.detail(), 28))).append("</text>");
            }
            svg.append("</g>\n");
        }
        svg.append("</g>\n<g class=\"legend\" transform=\"translate(24,").append(n(legendTop)).append(")\">\n")
                .append("<text x=\"0\" y=\"14\" font-size=\"12\" font-weight=\"bold\" fill=\"#1a1a1a\">Keterangan")
                .append("</text>\n");
        double y = 28;
        for (LegendEntry entry : diagram.legend()) {
            svg.append("<g class=\"legend-entry\">");
            if (entry.line()) {
                svg.append("<line x1=\"0\" y1=\"").append(n(y + 6)).append("\" x2=\"28\" y2=\"").append(n(y + 6))
                        .append("\" stroke=\"").append(esc(entry.colour())).append("\" stroke-width=\"3\"")
                        .append(entry.dashed() ? " stroke-dasharray=\"6 4\"" : "").append("/>");
            } else {
                svg.append("<rect x=\"0\" y=\"").append(n(y)).append("\" width=\"28\" height=\"12\" rx=\"3\" fill=\"")
                        .append(esc(entry.colour())).append("\" stroke=\"#555555\"/>");
            }
            svg.append("<text x=\"38\" y=\"").append(n(y + 10)).append("\" font-size=\"11\" fill=\"#1a1a1a\">")
                    .append(esc(entry.label())).append("</text></g>\n");
            y += LEGEND_ROW;
        }
        svg.append("</g>\n</svg>\n");
        return svg.toString();
    }

    private static String label(String type, double x, double y, String text, String linkId) {
        return "<text class=\"" + type + "\" data-link=\"" + esc(linkId) + "\" x=\"" + n(x) + "\" y=\"" + n(y)
                + "\">" + esc(text) + "</text>\n";
    }

    /** Shortens a label to fit its box; the full text stays in the inventory. */
    static String fit(String text, int max) {
        if (text.length() <= max) {
            return text;
        }
        int cut = Character.isHighSurrogate(text.charAt(max - 2)) ? max - 2 : max - 1;
        return text.substring(0, cut) + "…";
    }

    static String n(double value) {
        return String.format(Locale.ROOT, "%.1f", value);
    }

    static String esc(String text) {
        if (text == null) {
            return "";
        }
        StringBuilder out = new StringBuilder(text.length());
        for (char c : text.toCharArray()) {
            switch (c) {
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '&' -> out.append("&amp;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                default -> out.append(c);
            }
        }
        return out.toString();
    }

    /**
     * The title and subtitle are one line each, so the drawing is at least as wide as they are: DejaVu Sans averages
     * about 0.6 em per character (bold 0.65 em), at 18 and 12 px, plus the 24 px margins on both sides.
     */
    static double headingWidth(Diagram diagram) {
        double title = diagram.title().length() * 18 * 0.65;
        double subtitle = diagram.subtitle().length() * 12 * 0.6;
        return Math.ceil(48 + Math.max(title, subtitle));
    }
}
