package id.go.spbe.monev.report;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The report's radar chart (M2): one axis per aspect on the 0–5 scale, the previous year dashed, labels escaped. */
class RadarChartTest {

    @Test
    void drawsOneAxisPerAspectWithThisYearFilledAndThePreviousYearDashed() {
        String svg = RadarChart.svg("Indeks per aspek", List.of(new RadarChart.Axis("1. Kebijakan", 5, 4d),
                new RadarChart.Axis("2. Perencanaan", 2.5, 2d), new RadarChart.Axis("3. TIK <&>", 0, 1d),
                new RadarChart.Axis("4. Penyelenggara", 3, 3d)), "Tahun 2025", "Tahun 2024");
        assertThat(svg).startsWith("<svg").endsWith("</svg>").contains("3. TIK &lt;&amp;&gt;")
                .contains("stroke-dasharray").contains("Tahun 2024");
        // A level-5 aspect reaches the outer ring at the top: (320, 222 − 125).
        assertThat(svg).contains("320.0,97.0");
        assertThat(svg.split("<line").length - 1).as("4 spokes and 2 legend lines").isEqualTo(6);
    }

    @Test
    void withoutAPreviousYearOnlyThisYearIsDrawnAndFewerThanThreeAxesIsSaid() {
        String svg = RadarChart.svg("Indeks", List.of(new RadarChart.Axis("A", 1, null),
                new RadarChart.Axis("B", 2, null), new RadarChart.Axis("C", 3, null)), "Tahun 2025", null);
        assertThat(svg).doesNotContain("stroke-dasharray");
        assertThat(RadarChart.svg("Indeks", List.of(new RadarChart.Axis("A", 1, null)), "x", null))
                .contains("sekurang-kurangnya tiga sumbu");
        assertThatThrownBy(() -> new RadarChart.Axis("A", Double.NaN, null))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
