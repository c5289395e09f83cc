package id.go.spbe.network.topology.layout;

import java.util.List;

/**
 * A network diagram before layout: boxes with a layer and a style, links with labels at both ends and in the
 * middle, and the legend that explains the styles. Built from inventory data by the topology feature; drawn by
 * {@link SvgRenderer}.
 */
public record Diagram(String title, String subtitle, List<Box> boxes, List<Link> links, List<LegendEntry> legend) {

    /** A device or site. {@code style} is a key of the legend (fill colour). */
    public record Box(String id, int layer, String label, String detail, String kind, String fill, String stroke) {
    }

    /** A cable or circuit; {@code fromLabel}/{@code toLabel} name the interfaces at each end. */
    public record Link(String id, String from, String to, String fromLabel, String toLabel, String label,
            String colour, boolean dashed, double strokeWidth) {
    }

    /** One line of the legend: a box swatch (device kinds) or a line swatch (VLANs, media). */
    public record LegendEntry(String label, String colour, boolean line, boolean dashed) {
    }
}
