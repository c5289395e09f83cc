package id.go.spbe.network.topology;

import id.go.spbe.platform.profile.RegionProfile;
import id.go.spbe.platform.test.http.TestHttp;
import id.go.spbe.platform.test.infra.SpbeIntegrationTest;
import id.go.spbe.platform.test.time.MutableClock;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import static id.go.spbe.network.NetworkTestSupport.admin;
import static id.go.spbe.network.NetworkTestSupport.assertStatus;
import static id.go.spbe.network.NetworkTestSupport.newOpd;
import static id.go.spbe.network.NetworkTestSupport.operator;
import static id.go.spbe.network.NetworkTestSupport.registerOpd;
import static id.go.spbe.network.NetworkTestSupport.today;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The topology is drawn from the inventory (N1–N3): the SVG is parsed as XML and checked for the devices, the
 * interface labels, the VLAN colours, the legend, the title with OPD name and date, the layering, and that no two
 * boxes overlap.
 */
@SpbeIntegrationTest
@Import(MutableClock.Configuration.class)
class TopologyIntegrationTest {

    @LocalServerPort
    int port;

    @Autowired
    MongoTemplate mongo;

    @Autowired
    MutableClock clock;

    @Autowired
    RegionProfile region;

    TestHttp http;
    String opd;
    String base;

    @BeforeEach
    void setUp() {
        http = TestHttp.onPort(port);
        opd = registerOpd(mongo, newOpd(), "Dinas Pariwisata <Uji> & Budaya");
        base = "/api/v1/lans/" + opd;
    }

    String device(String name, String kind, List<Map<String, Object>> ports) {
        TestHttp.Reply reply = http.post(base + "/devices").auth(admin())
                .json(Map.of("name", name, "kind", kind, "interfaces", ports)).send();
        assertStatus(reply, 201);
        return reply.json().get("id").asString();
    }

    void cable(String a, String aPort, String b, String bPort) {
        assertStatus(http.post(base + "/cables").auth(admin()).json(Map.of(
                "a", Map.of("deviceId", a, "interfaceName", aPort),
                "b", Map.of("deviceId", b, "interfaceName", bPort))).send(), 201);
    }

    static Map<String, Object> port(String name, Integer vlan) {
        Map<String, Object> port = new HashMap<>(Map.of("name", name));
        if (vlan != null) {
            port.put("untaggedVlan", vlan);
        }
        return port;
    }

    static List<Map<String, Object>> ports(String prefix, int count, Integer vlan) {
        List<Map<String, Object>> ports = new ArrayList<>();
        for (int i = 1; i <= count; i++) {
            ports.add(port(prefix + i, vlan));
        }
        return ports;
    }

    @Test
    void theLanDiagramIsDrawnFromTheInventoryLayeredLabelledAndWithoutOverlaps_N3() throws Exception {
        http.post(base + "/vlans").auth(admin()).json(Map.of("vid", 10, "name", "Staf")).send();
        http.post(base + "/vlans").auth(admin()).json(Map.of("vid", 20, "name", "Tamu")).send();
        String router = device("rtr-1", "ROUTER", ports("ge", 2, null));
        String firewall = device("fw-1", "FIREWALL", ports("port", 2, null));
        List<Map<String, Object>> corePorts = new ArrayList<>(ports("up", 1, null));
        corePorts.add(Map.of("name", "trunk1", "taggedVlans", List.of(10, 20)));
        corePorts.add(Map.of("name", "trunk2", "taggedVlans", List.of(10, 20)));
        String core = device("sw-core", "SWITCH", corePorts);
        List<Map<String, Object>> accessPorts = new ArrayList<>(List.of(Map.of("name", "uplink",
                "taggedVlans", List.of(10, 20))));
        accessPorts.addAll(ports("staf", 12, 10));
        String access = device("sw-akses-1", "SWITCH", accessPorts);
        cable(router, "ge1", firewall, "port1");
        cable(firewall, "port2", core, "up1");
        cable(core, "trunk1", access, "uplink");
        List<String> endDevices = new ArrayList<>();
        for (int i = 1; i <= 12; i++) {
            String pc = device("ap-lantai-" + i, i % 4 == 0 ? "SERVER" : "ACCESS_POINT", List.of(port("eth0", 10)));
            cable(access, "staf" + i, pc, "eth0");
            endDevices.add(pc);
        }
        String sensor = device("rfid-pintu", "SPECIAL", List.of(port("eth0", null)));

        TestHttp.Reply reply = http.get("/api/v1/topology/lans/" + opd).auth(operator(opd)).send();
        assertStatus(reply, 200);
        assertThat(reply.contentType()).startsWith("image/svg+xml");
        assertThat(reply.header("Content-Security-Policy")).contains("default-src 'none'");
        Element svg = parse(reply.text());
        assertThat(svg.getTagName()).isEqualTo("svg");

        Map<String, double[]> boxes = new HashMap<>();
        Map<String, String> kinds = new HashMap<>();
        NodeList groups = svg.getElementsByTagName("g");
        for (int i = 0; i < groups.getLength(); i++) {
            Element g = (Element) groups.item(i);
            if ("node".equals(g.getAttribute("class"))) {
                Element rect = (Element) g.getElementsByTagName("rect").item(0);
                boxes.put(g.getAttribute("data-id"), new double[] {d(rect, "x"), d(rect, "y"), d(rect, "width"),
                        d(rect, "height")});
                kinds.put(g.getAttribute("data-id"), g.getAttribute("data-kind"));
            }
        }
        assertThat(boxes).as("every device is drawn").hasSize(17).containsKeys(router, firewall, core, access,
                sensor);
        List<double[]> all = new ArrayList<>(boxes.values());
        for (int i = 0; i < all.size(); i++) {
            for (int j = i + 1; j < all.size(); j++) {
                double[] a = all.get(i);
                double[] b = all.get(j);
                boolean overlap = a[0] < b[0] + b[2] && b[0] < a[0] + a[2] && a[1] < b[1] + b[3] && b[1] < a[1] + a[3];
                assertThat(overlap).as("boxes %d and %d overlap", i, j).isFalse();
            }
        }
        assertThat(boxes.get(router)[1]).as("router above firewall").isLessThan(boxes.get(firewall)[1]);
        assertThat(boxes.get(firewall)[1]).as("firewall above core switch").isLessThan(boxes.get(core)[1]);
        assertThat(boxes.get(core)[1]).as("core above access switch").isLessThan(boxes.get(access)[1]);
        assertThat(boxes.get(access)[1]).as("switches above end devices").isLessThan(boxes.get(endDevices.get(0))[1]);

        String text = svg.getTextContent();
        assertThat(text).contains("rtr-1", "sw-akses-1", "rfid-pintu", "Perangkat khusus");
        List<String> endLabels = texts(svg, "end-label");
        assertThat(endLabels).contains("ge1", "port1", "trunk1", "uplink", "staf7", "eth0");
        assertThat(svg.getElementsByTagName("line").getLength()).isGreaterThanOrEqualTo(15);

        String title = texts(svg, "title").get(0);
        assertThat(title).isEqualTo("Topologi LAN Dinas Pariwisata <Uji> & Budaya (" + opd + ")");
        String date = today(clock, region)
                .format(DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.forLanguageTag("id-ID")));
        assertThat(texts(svg, "subtitle").get(0)).contains(date.substring(date.indexOf(' ') + 1))
                .contains("dikelola Dinas");

        Element legend = byClass(svg, "legend");
        assertThat(legend.getTextContent()).contains("Router", "Firewall", "Switch", "Access point", "Server",
                "Perangkat khusus", "VLAN 10 — Staf", "VLAN 20 — Tamu", "Trunk");
        String staffColour = lineColour(svg, "staf7");
        String legendStaff = legendColour(legend, "VLAN 10 — Staf");
        assertThat(staffColour).as("cables on VLAN 10 have VLAN 10's legend colour").isEqualTo(legendStaff);
        assertThat(lineColour(svg, "trunk1")).isEqualTo(legendColour(legend, "Trunk (VLAN bertag)"))
                .isNotEqualTo(staffColour);
    }

    @Test
    void theWanDiagramShowsSitesCircuitsAndUpstreamNetworks_N1_N2() throws Exception {
        String hub = registerOpd(mongo, newOpd(), "Dinas Kominfo WAN");
        String hubSite = http.post("/api/v1/sites").auth(admin()).json(Map.of("opd", hub, "name", "NOC WAN Uji",
                "uplinks", List.of(Map.of("network", "PROVINCIAL", "provider", "Telkom", "bandwidthMbps", 500))))
                .send().json().get("id").asString();
        String opdSite = http.post("/api/v1/sites").auth(admin()).json(Map.of("opd", opd, "name", "Kantor Pariwisata"))
                .send().json().get("id").asString();
        String router = device("rtr-wan", "ROUTER", ports("wan", 1, null));
        assertStatus(http.post("/api/v1/wan-links").auth(admin()).json(Map.of("provider", "Icon+", "circuitId",
                "WAN-" + opd, "medium", "RADIO", "bandwidthDownMbps", 50, "aEnd", Map.of("siteId", hubSite),
                "bEnd", Map.of("siteId", opdSite, "deviceId", router, "interfaceName", "wan1"))).send(), 201);

        TestHttp.Reply reply = http.get("/api/v1/topology/wan").auth(operator(opd)).send();
        assertStatus(reply, 200);
        Element svg = parse(reply.text());
        String text = svg.getTextContent();
        assertThat(text).contains("NOC WAN Uji", "Kantor Pariwisata", "Radio · 50 Mbps · WAN-" + opd, "wan1");
        assertThat(byClass(svg, "legend").getTextContent()).contains("Sirkuit Radio", "Lokasi OPD");

        TestHttp.Reply lan = http.get("/api/v1/topology/lans/" + opd).auth(admin()).send();
        assertThat(parse(lan.text()).getTextContent()).as("the upstream circuit on top of the LAN")
                .contains("WAN Icon+", "wan1");
        assertStatus(http.get("/api/v1/topology/wan?opd=" + hub).auth(operator(opd)).send(), 403);
    }

    static Element parse(String svg) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
        factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        return factory.newDocumentBuilder().parse(new ByteArrayInputStream(svg.getBytes(StandardCharsets.UTF_8)))
                .getDocumentElement();
    }

    static double d(Element e, String attribute) {
        return Double.parseDouble(e.getAttribute(attribute));
    }

    static List<String> texts(Element svg, String cssClass) {
        List<String> found = new ArrayList<>();
        NodeList texts = svg.getElementsByTagName("text");
        for (int i = 0; i < texts.getLength(); i++) {
            Element t = (Element) texts.item(i);
            if (cssClass.equals(t.getAttribute("class"))) {
                found.add(t.getTextContent());
            }
        }
        return found;
    }

    static Element byClass(Element svg, String cssClass) {
        NodeList groups = svg.getElementsByTagName("g");
        for (int i = 0; i < groups.getLength(); i++) {
            Element g = (Element) groups.item(i);
            if (cssClass.equals(g.getAttribute("class"))) {
                return g;
            }
        }
        throw new AssertionError("no <g class=\"" + cssClass + "\">");
    }

    /** The colour of the link whose end label is {@code portLabel}. */
    static String lineColour(Element svg, String portLabel) {
        NodeList texts = svg.getElementsByTagName("text");
        String linkId = null;
        for (int i = 0; i < texts.getLength(); i++) {
            Element t = (Element) texts.item(i);
            if ("end-label".equals(t.getAttribute("class")) && portLabel.equals(t.getTextContent())) {
                linkId = t.getAttribute("data-link");
            }
        }
        NodeList lines = svg.getElementsByTagName("line");
        for (int i = 0; i < lines.getLength(); i++) {
            Element line = (Element) lines.item(i);
            if (linkId != null && linkId.equals(line.getAttribute("data-id"))) {
                return line.getAttribute("stroke");
            }
        }
        throw new AssertionError("no link labelled " + portLabel);
    }

    static String legendColour(Element legend, String label) {
        NodeList entries = legend.getElementsByTagName("g");
        for (int i = 0; i < entries.getLength(); i++) {
            Element entry = (Element) entries.item(i);
            if (entry.getTextContent().equals(label)) {
                Element swatch = (Element) entry.getElementsByTagName("line").item(0);
                return swatch.getAttribute("stroke");
            }
        }
        throw new AssertionError("no legend entry " + label);
    }
}
