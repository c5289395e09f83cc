package id.go.spbe.network.topology.layout;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/** The drawing's frame: a one-device LAN with a long subtitle is not cut off at the right edge. */
class SvgRendererTest {

    @Test
    void aSmallLanIsDrawnAtLeastAsWideAsItsTitleAndSubtitle() {
        String subtitle = "Digambar otomatis dari inventaris · 30 November 2026 · revisi 12 · dikelola Dinas · "
                + "5 perangkat, 4 kabel";
        Diagram diagram = new Diagram("Topologi LAN Dinas Kesehatan (DINKES)", subtitle,
                List.of(new Diagram.Box("r", 0, "rtr", "Router", "ROUTER", "#cfe2f3", "#444444")), List.of(),
                List.of(new Diagram.LegendEntry("Router", "#cfe2f3", false, false)));

        String svg = SvgRenderer.render(diagram);

        Matcher width = Pattern.compile("<svg [^>]*width=\"([0-9.]+)\"").matcher(svg);
        assertThat(width.find()).isTrue();
        // 12 px DejaVu Sans averages ~7.2 px per character; 24 px margins on both sides
        assertThat(Double.parseDouble(width.group(1))).isGreaterThanOrEqualTo(48 + subtitle.length() * 7.2);
    }
}
