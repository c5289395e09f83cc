package id.go.spbe.network.topology.layout;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * A layered ("Sugiyama-style") layout for network diagrams: each node has a layer (upstream at the top, then
 * routers, firewalls, switches, end devices); within a layer nodes are ordered by the barycentre of their neighbours
 * in the layers above and below (a few sweeps, which removes most crossings of tree-like LANs), and a layer wider
 * than {@code maxPerRow} wraps onto further rows. Nodes sit on a grid of rows, so no two boxes can overlap whatever
 * the input; edges are the renderer's business.
 */
public final class LayeredLayout {

    /** A box to place: {@code layer} 0 is the top. */
    public record Node(String id, int layer, double width, double height) {
    }

    public record Edge(String from, String to) {
    }

    /** A placed box, top-left corner at (x, y). */
    public record Placed(String id, int layer, int row, double x, double y, double width, double height) {

        public double centerX() {
            return x + width / 2;
        }

        public double bottom() {
            return y + height;
        }

        /** Whether two boxes share any interior point (touching edges do not count). */
        public boolean overlaps(Placed other) {
            return x < other.x + other.width && other.x < x + width && y < other.y + other.height
                    && other.y < y + height;
        }
    }

    /** Spacing; {@code top} leaves room for a title. */
    public record Settings(double gapX, double gapY, double margin, double top, int maxPerRow, int sweeps) {

        public static Settings defaults() {
            return new Settings(28, 96, 24, 70, 12, 4);
        }
    }

    public record Result(Map<String, Placed> nodes, double width, double height) {
    }

    private LayeredLayout() {
    }

    public static Result layout(List<Node> nodes, List<Edge> edges, Settings settings) {
        Map<String, Node> byId = new LinkedHashMap<>();
        nodes.forEach(n -> byId.put(n.id(), n));
        Map<String, List<String>> neighbours = new HashMap<>();
        for (Edge edge : edges) {
            if (byId.containsKey(edge.from()) && byId.containsKey(edge.to()) && !edge.from().equals(edge.to())) {
                neighbours.computeIfAbsent(edge.from(), k -> new ArrayList<>()).add(edge.to());
                neighbours.computeIfAbsent(edge.to(), k -> new ArrayList<>()).add(edge.from());
            }
        }
        TreeMap<Integer, List<String>> layers = new TreeMap<>();
        nodes.forEach(n -> layers.computeIfAbsent(n.layer(), k -> new ArrayList<>()).add(n.id()));
        List<List<String>> order = new ArrayList<>(layers.values());

        Map<String, Double> position = new HashMap<>();
        index(order, position);
        for (int sweep = 0; sweep < settings.sweeps(); sweep++) {
            boolean down = sweep % 2 == 0;
            for (int step = 1; step < order.size(); step++) {
                int i = down ? step : order.size() - 1 - step;
                List<String> layer = order.get(i);
                Map<String, Double> barycentre = new HashMap<>();
                for (String id : layer) {
                    List<String> adjacent = neighbours.getOrDefault(id, List.of());
                    double sum = 0;
                    int count = 0;
                    for (String other : adjacent) {
                        Double p = position.get(other);
                        if (p != null && byId.get(other).layer() != byId.get(id).layer()) {
                            sum += p;
                            count++;
                        }
                    }
                    barycentre.put(id, count == 0 ? position.get(id) : sum / count);
                }
                List<String> sorted = new ArrayList<>(layer);
                sorted.sort(Comparator.comparing(barycentre::get));
                order.set(i, sorted);
                index(order, position);
            }
        }

        Map<String, Placed> placed = new LinkedHashMap<>();
        double y = settings.top();
        int row = 0;
        List<List<String>> rows = new ArrayList<>();
        List<Integer> rowLayers = new ArrayList<>();
        List<Integer> layerKeys = new ArrayList<>(layers.keySet());
        for (int i = 0; i < order.size(); i++) {
            List<String> layer = order.get(i);
            for (int from = 0; from < layer.size(); from += settings.maxPerRow()) {
                rows.add(layer.subList(from, Math.min(layer.size(), from + settings.maxPerRow())));
                rowLayers.add(layerKeys.get(i));
            }
        }
        double widest = 0;
        for (List<String> r : rows) {
            widest = Math.max(widest, rowWidth(r, byId, settings));
        }
        double width = widest + 2 * settings.margin();
        for (int r = 0; r < rows.size(); r++) {
            List<String> ids = rows.get(r);
            double rowHeight = ids.stream().mapToDouble(id -> byId.get(id).height()).max().orElse(0);
            double x = settings.margin() + (widest - rowWidth(ids, byId, settings)) / 2;
            for (String id : ids) {
                Node node = byId.get(id);
                placed.put(id, new Placed(id, rowLayers.get(r), row, x, y + (rowHeight - node.height()) / 2,
                        node.width(), node.height()));
                x += node.width() + settings.gapX();
            }
            y += rowHeight + settings.gapY();
            row++;
        }
        double height = (rows.isEmpty() ? settings.top() : y - settings.gapY()) + settings.margin();
        return new Result(placed, width, height);
    }

    private static void index(List<List<String>> order, Map<String, Double> position) {
        for (List<String> layer : order) {
            for (int i = 0; i < layer.size(); i++) {
                // Normalised to the layer's width, so a narrow layer's nodes sit under the middle of a wide one.
                position.put(layer.get(i), layer.size() == 1 ? 0.5 : (double) i / (layer.size() - 1));
            }
        }
    }

    private static double rowWidth(List<String> ids, Map<String, Node> byId, Settings settings) {
        double sum = ids.stream().mapToDouble(id -> byId.get(id).width()).sum();
        return sum + Math.max(0, ids.size() - 1) * settings.gapX();
    }
}
