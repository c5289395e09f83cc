package id.go.spbe.network.topology.layout;

import id.go.spbe.network.topology.layout.LayeredLayout.Edge;
import id.go.spbe.network.topology.layout.LayeredLayout.Node;
import id.go.spbe.network.topology.layout.LayeredLayout.Placed;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;

/** The layered layout: layers top to bottom, no overlapping boxes however many, crossings reduced. */
class LayeredLayoutTest {

    @Test
    void layersGoTopDownAndNoTwoBoxesOverlapEvenInALargeLan() {
        Random random = new Random(7);
        List<Node> nodes = new ArrayList<>();
        List<Edge> edges = new ArrayList<>();
        for (int i = 0; i < 500; i++) {
            nodes.add(new Node("n" + i, i == 0 ? 0 : 1 + random.nextInt(4), 168, 52));
            if (i > 0) {
                edges.add(new Edge("n" + random.nextInt(i), "n" + i));
            }
        }
        LayeredLayout.Result result = LayeredLayout.layout(nodes, edges, LayeredLayout.Settings.defaults());

        List<Placed> placed = new ArrayList<>(result.nodes().values());
        assertThat(placed).hasSize(500);
        for (int i = 0; i < placed.size(); i++) {
            for (int j = i + 1; j < placed.size(); j++) {
                assertThat(placed.get(i).overlaps(placed.get(j))).as(placed.get(i) + " / " + placed.get(j)).isFalse();
            }
            assertThat(placed.get(i).x() + placed.get(i).width()).isLessThanOrEqualTo(result.width());
            assertThat(placed.get(i).bottom()).isLessThanOrEqualTo(result.height());
        }
        for (Placed upper : placed) {
            for (Placed lower : placed) {
                if (upper.layer() < lower.layer()) {
                    assertThat(upper.bottom()).isLessThan(lower.y());
                }
            }
        }
        assertThat(placed.stream().mapToInt(Placed::row).max().orElseThrow()).as("wide layers wrap")
                .isGreaterThan(4);
    }

    @Test
    void childrenAreOrderedUnderTheirParentsSoCablesDoNotCross() {
        // Two switches; each has two access points, given in an order that would cross if kept.
        List<Node> nodes = List.of(new Node("sw-a", 0, 100, 40), new Node("sw-b", 0, 100, 40),
                new Node("ap-b1", 1, 100, 40), new Node("ap-a1", 1, 100, 40), new Node("ap-b2", 1, 100, 40),
                new Node("ap-a2", 1, 100, 40));
        List<Edge> edges = List.of(new Edge("sw-a", "ap-a1"), new Edge("sw-a", "ap-a2"), new Edge("sw-b", "ap-b1"),
                new Edge("sw-b", "ap-b2"));
        Map<String, Placed> at = LayeredLayout.layout(nodes, edges, LayeredLayout.Settings.defaults()).nodes();

        double maxA = Math.max(at.get("ap-a1").x(), at.get("ap-a2").x());
        double minB = Math.min(at.get("ap-b1").x(), at.get("ap-b2").x());
        assertThat(at.get("sw-a").x() < at.get("sw-b").x()).isEqualTo(maxA < minB);
    }
}
