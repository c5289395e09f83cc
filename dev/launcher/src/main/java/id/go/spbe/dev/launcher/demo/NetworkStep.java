package id.go.spbe.dev.launcher.demo;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javax.imageio.ImageIO;

/**
 * The intra-government network of Kota Denpasar in network-service (N1–N7): sites for Diskominfo (with the
 * provincial and central uplinks), DINKES and DISDIK; a LAN inventory for DINKES (firewall, router, core and access
 * switches, access points, a server past its end of life, a SPECIAL sensor its own operator adds, VLANs, IPv4
 * prefixes and addresses) and a smaller one for DISDIK; WAN circuits from Diskominfo's NOC to both OPD routers; the
 * yearly LAN diagram campaign of this year with DINKES submitted and DISDIK still open; and one LAN change report
 * (an access point added at DINKES after the diagram), left for Dinas to acknowledge; and an inspection of DINKES's
 * LAN with one open finding (N5).
 *
 * <p>Who writes an OPD's LAN follows its Mandiri TIK status (N3): the step asks the LAN ({@code mayEdit} for Dinas)
 * and writes as Dinas or as the OPD's own operator accordingly. Needs the OPD directory (OpdStructureStep).
 */
final class NetworkStep implements DemoStep {

    static final String SITE = "site";
    static final String LAN = "LAN item";
    static final String WAN_LINK = "WAN link";
    static final String DIAGRAM = "LAN diagram";
    static final String CHANGE = "LAN change report";
    static final String INSPECTION = "LAN inspection";

    /** The westernmost Indonesian zone: its date is never ahead of the region's, so "not after today" holds. */
    private static final ZoneId EARLIEST_ZONE = ZoneId.of("Asia/Jakarta");

    record Uplink(String network, String provider, int bandwidthMbps, String circuitId) {
    }

    record Site(String opd, String name, String address, double latitude, double longitude, List<Uplink> uplinks) {
    }

    record Vlan(int vid, String name, String description) {
    }

    record Port(String name, Integer untaggedVlan, List<Integer> taggedVlans) {

        static Port access(String name, int vlan) {
            return new Port(name, vlan, List.of());
        }

        static Port trunk(String name, Integer... vlans) {
            return new Port(name, null, List.of(vlans));
        }

        static Port plain(String name) {
            return new Port(name, null, List.of());
        }
    }

    record Device(String name, String kind, String vendor, String model, boolean internetFacing,
            String hardwareEndOfLife, String software, String softwareVersion, String softwareEndOfLife,
            List<Port> ports) {
    }

    record Cable(String aDevice, String aPort, String bDevice, String bPort, String medium) {
    }

    record Prefix(String cidr, Integer vlan, String description) {
    }

    record Address(String address, String device, String port, String description) {
    }

    record Lan(String opd, List<Vlan> vlans, List<Device> devices, List<Cable> cables, List<Prefix> prefixes,
            List<Address> addresses) {
    }

    record WanLink(String provider, String circuitId, String medium, int bandwidthMbps, String bOpd, String bRouter,
            String bPort) {
    }

    static final List<Site> SITES = List.of(
            new Site("DISKOMINFO", "NOC Diskominfo Kota Denpasar", "Jl. Majapahit No. 1, Denpasar", -8.6581, 115.2190,
                    List.of(new Uplink("PROVINCIAL", "Telkom Indonesia", 1000, "JIP-BALI-0012"),
                            new Uplink("NATIONAL", "Lintasarta", 500, "JIPN-DPS-0441"))),
            new Site("DINKES", "Kantor Dinas Kesehatan", "Jl. Maruti No. 8, Denpasar", -8.6465, 115.2137, List.of()),
            new Site("DISDIK", "Kantor Dinas Pendidikan", "Jl. Mawar No. 7, Denpasar", -8.6722, 115.2258, List.of()));

    static final Lan DINKES = new Lan("DINKES",
            List.of(new Vlan(10, "STAF", "Jaringan pegawai"), new Vlan(20, "LAYANAN", "Aplikasi layanan kesehatan"),
                    new Vlan(30, "TAMU", "Wi-Fi tamu, hanya internet"), new Vlan(99, "MANAJEMEN", "Manajemen perangkat")),
            List.of(
                    new Device("rtr-dinkes-01", "ROUTER", "MikroTik", "CCR2004-16G-2S+", false, "2031-12-31",
                            "RouterOS", "7.15", "2027-06-30",
                            List.of(Port.plain("ether1"), Port.plain("ether2"))),
                    new Device("fw-dinkes-01", "FIREWALL", "Fortinet", "FortiGate 60F", true, "2030-06-30", "FortiOS",
                            "7.2.8", monthsAhead(5),
                            List.of(Port.plain("wan1"), Port.trunk("internal1", 10, 20, 30, 99))),
                    new Device("core-sw-dinkes", "SWITCH", "Cisco", "Catalyst 9300-24T", false, "2032-01-31", "IOS XE",
                            "17.9", "2028-12-31",
                            List.of(Port.trunk("Gi1/0/1", 10, 20, 30, 99), Port.trunk("Gi1/0/2", 10, 20, 30, 99),
                                    Port.trunk("Gi1/0/3", 10, 20, 30, 99), Port.access("Gi1/0/10", 20),
                                    Port.access("Gi1/0/24", 99))),
                    new Device("acc-sw-lt1", "SWITCH", "Cisco", "Catalyst 2960X-24", false, "2025-10-31", "IOS", "15.2",
                            "2025-10-31",
                            List.of(Port.trunk("Gi0/1", 10, 20, 30, 99), Port.trunk("Gi0/24", 10, 30, 99))),
                    new Device("acc-sw-lt2", "SWITCH", "Cisco", "Catalyst 1000-24T", false, "2030-03-31", "IOS", "15.2",
                            "2029-03-31",
                            List.of(Port.trunk("Gi0/1", 10, 20, 30, 99), Port.trunk("Gi0/24", 10, 30, 99))),
                    new Device("ap-lobby", "ACCESS_POINT", "Ubiquiti", "UniFi U6 Pro", false, "2030-12-31", "UniFi",
                            "6.6", "2028-12-31", List.of(Port.trunk("eth0", 10, 30, 99))),
                    new Device("srv-simpus", "SERVER", "Dell", "PowerEdge R740", false, "2026-01-31",
                            "Ubuntu Server", "20.04", "2025-05-31", List.of(Port.access("eno1", 20)))),
            List.of(new Cable("rtr-dinkes-01", "ether2", "fw-dinkes-01", "wan1", "COPPER"),
                    new Cable("fw-dinkes-01", "internal1", "core-sw-dinkes", "Gi1/0/1", "FIBER"),
                    new Cable("core-sw-dinkes", "Gi1/0/2", "acc-sw-lt1", "Gi0/1", "FIBER"),
                    new Cable("core-sw-dinkes", "Gi1/0/3", "acc-sw-lt2", "Gi0/1", "FIBER"),
                    new Cable("acc-sw-lt1", "Gi0/24", "ap-lobby", "eth0", "COPPER"),
                    new Cable("core-sw-dinkes", "Gi1/0/10", "srv-simpus", "eno1", "COPPER")),
            List.of(new Prefix("10.21.0.0/16", null, "Blok IP Dinas Kesehatan"),
                    new Prefix("10.21.10.0/24", 10, "Staf"), new Prefix("10.21.20.0/24", 20, "Layanan"),
                    new Prefix("10.21.30.0/24", 30, "Wi-Fi tamu"), new Prefix("10.21.99.0/24", 99, "Manajemen")),
            List.of(new Address("10.21.99.1", "fw-dinkes-01", "internal1", "Gerbang manajemen"),
                    new Address("10.21.99.2", "core-sw-dinkes", "Gi1/0/24", "Manajemen core switch"),
                    new Address("10.21.20.10", "srv-simpus", "eno1", "SIMPUS")));

    static final Lan DISDIK = new Lan("DISDIK",
            List.of(new Vlan(10, "STAF", "Jaringan pegawai"), new Vlan(20, "SEKOLAH", "Layanan data sekolah")),
            List.of(new Device("rtr-disdik-01", "ROUTER", "MikroTik", "RB4011", false, "2029-12-31", "RouterOS",
                            "7.15", "2027-06-30", List.of(Port.plain("ether1"), Port.trunk("ether2", 10, 20))),
                    new Device("sw-disdik-01", "SWITCH", "TP-Link", "TL-SG3428", false, "2029-06-30", null, null, null,
                            List.of(Port.trunk("1", 10, 20), Port.trunk("24", 10))),
                    new Device("ap-disdik-aula", "ACCESS_POINT", "TP-Link", "EAP245", false, "2028-06-30", null, null,
                            null, List.of(Port.access("eth0", 10)))),
            List.of(new Cable("rtr-disdik-01", "ether2", "sw-disdik-01", "1", "COPPER"),
                    new Cable("sw-disdik-01", "24", "ap-disdik-aula", "eth0", "COPPER")),
            List.of(new Prefix("10.22.10.0/24", 10, "Staf"), new Prefix("10.22.20.0/24", 20, "Data sekolah")),
            List.of(new Address("10.22.10.1", "rtr-disdik-01", "ether2", "Gerbang staf")));

    /** DINKES's SPECIAL device (N4), added by its own operator whoever runs the rest of the LAN. */
    static final Device SENSOR = new Device("sensor-suhu-farmasi", "SPECIAL", "Milesight", "EM300-TH", false, null,
            null, null, null, List.of(Port.plain("eth0")));

    static final Address SENSOR_ADDRESS = new Address("10.21.10.50", "sensor-suhu-farmasi", "eth0",
            "Sensor suhu gudang farmasi");

    /** The change reported after the yearly diagram (N7): a second access point on the second floor. */
    static final Device NEW_AP = new Device("ap-lantai-2", "ACCESS_POINT", "Ubiquiti", "UniFi U6 Lite", false,
            "2031-06-30", "UniFi", "6.6", "2029-06-30", List.of(Port.trunk("eth0", 10, 30, 99)));
    static final Cable NEW_AP_CABLE = new Cable("acc-sw-lt2", "Gi0/24", "ap-lantai-2", "eth0", "COPPER");

    static final List<WanLink> WAN_LINKS = List.of(
            new WanLink("Telkom Indonesia", "DPS-MetroE-0101", "METRO_ETHERNET", 200, "DINKES", "rtr-dinkes-01",
                    "ether1"),
            new WanLink("Icon Plus", "ICON-DPS-2231", "FIBER", 100, "DISDIK", "rtr-disdik-01", "ether1"));

    @Override
    public String name() {
        return "jaringan / network";
    }

    @Override
    public void load(DemoContext ctx) {
        Map<String, String> sites = registerSites(ctx);
        Map<String, String> dinkes = buildLan(ctx, DINKES);
        Map<String, String> disdik = buildLan(ctx, DISDIK);
        addSpecialDevice(ctx, dinkes);
        Map<String, Map<String, String>> devices = Map.of("DINKES", dinkes, "DISDIK", disdik);
        registerWanLinks(ctx, sites, devices);
        yearlyDiagrams(ctx);
        reportChange(ctx, dinkes);
        inspect(ctx, dinkes);
    }

    // --- sites (N1) ---------------------------------------------------------------------------------------------

    private static Map<String, String> registerSites(DemoContext ctx) {
        Map<String, String> ids = new HashMap<>();
        for (Site site : SITES) {
            try {
                Optional<String> existing = existingSite(ctx, site.opd());
                if (existing.isPresent()) {
                    ids.put(site.opd(), existing.get());
                    continue;
                }
                Map<String, Object> body = new LinkedHashMap<>();
                body.put("opd", site.opd());
                body.put("name", site.name());
                body.put("address", site.address());
                body.put("latitude", site.latitude());
                body.put("longitude", site.longitude());
                body.put("uplinks", site.uplinks().stream().map(u -> Map.of("network", u.network(), "provider",
                        u.provider(), "bandwidthMbps", u.bandwidthMbps(), "circuitId", u.circuitId())).toList());
                DemoApi.Reply reply = DemoApi.expect(ctx.api().post(DemoContext.DINAS, "/api/v1/sites", body),
                        "register site");
                ids.put(site.opd(), reply.string("id"));
                ctx.report().loaded(SITE);
            } catch (DemoFailure e) {
                ctx.report().failed("site " + site.opd(), e.getMessage());
            }
        }
        return ids;
    }

    private static Optional<String> existingSite(DemoContext ctx, String opd) {
        DemoApi.Reply page = ctx.api().get(DemoContext.DINAS, "/api/v1/sites?opd=" + opd);
        if (!page.ok()) {
            return Optional.empty();
        }
        return DemoApi.items(page).stream().map(NetworkStep::asMap).map(m -> String.valueOf(m.get("id"))).findFirst();
    }

    // --- LAN inventories (N3, N4, N9) -----------------------------------------------------------------------------

    /** Builds one OPD's LAN as whoever runs it; answers device name → id (also for devices there before). */
    private static Map<String, String> buildLan(DemoContext ctx, Lan lan) {
        Map<String, String> ids = new HashMap<>();
        String writer;
        try {
            writer = steward(ctx, lan.opd());
            ids.putAll(deviceIds(ctx, lan.opd()));
        } catch (DemoFailure e) {
            ctx.report().failed("LAN " + lan.opd(), e.getMessage());
            return ids;
        }
        String base = "/api/v1/lans/" + lan.opd();
        for (Vlan vlan : lan.vlans()) {
            Map<String, Object> body = new LinkedHashMap<>();
            body.put("vid", vlan.vid());
            body.put("name", vlan.name());
            body.put("description", vlan.description());
            item(ctx, "VLAN " + lan.opd() + "/" + vlan.vid(), () -> ctx.api().post(writer, base + "/vlans", body));
        }
        for (Device device : lan.devices()) {
            addDevice(ctx, writer, lan.opd(), device, ids);
        }
        for (Cable cable : lan.cables()) {
            connect(ctx, writer, lan.opd(), cable, ids);
        }
        for (Prefix prefix : lan.prefixes()) {
            Map<String, Object> body = new LinkedHashMap<>();
            body.put("cidr", prefix.cidr());
            if (prefix.vlan() != null) {
                body.put("vlan", prefix.vlan());
            }
            body.put("description", prefix.description());
            item(ctx, "prefix " + lan.opd() + " " + prefix.cidr(), () -> ctx.api().post(writer, base + "/prefixes", body));
        }
        for (Address address : lan.addresses()) {
            item(ctx, "address " + lan.opd() + " " + address.address(), () -> {
                Map<String, Object> body = new LinkedHashMap<>();
                body.put("address", address.address());
                body.put("deviceId", required(ids, address.device()));
                body.put("interfaceName", address.port());
                body.put("description", address.description());
                return ctx.api().post(writer, base + "/addresses", body);
            });
        }
        return ids;
    }

    /** Dinas when the LAN says Dinas may change it; otherwise the OPD's own operator (a Mandiri TIK OPD, N3). */
    static String steward(DemoContext ctx, String opd) {
        DemoApi.Reply lan = DemoApi.expect(ctx.api().get(DemoContext.DINAS, "/api/v1/lans/" + opd), "read LAN");
        return Boolean.TRUE.equals(lan.json().get("mayEdit")) ? DemoContext.DINAS : DemoContext.actorFor(opd);
    }

    private static Map<String, String> deviceIds(DemoContext ctx, String opd) {
        DemoApi.Reply lan = DemoApi.expect(ctx.api().get(DemoContext.DINAS, "/api/v1/lans/" + opd), "read LAN");
        Map<String, String> ids = new HashMap<>();
        if (lan.json().get("devices") instanceof List<?> devices) {
            devices.stream().map(NetworkStep::asMap).forEach(d -> ids.put(String.valueOf(d.get("name")),
                    String.valueOf(d.get("id"))));
        }
        return ids;
    }

    private static void addDevice(DemoContext ctx, String writer, String opd, Device device, Map<String, String> ids) {
        if (ids.containsKey(device.name())) {
            return; // there from an earlier run
        }
        try {
            DemoApi.Reply reply = DemoApi.expect(ctx.api().post(writer, "/api/v1/lans/" + opd + "/devices",
                    deviceBody(device)), "add device");
            ids.put(device.name(), reply.string("id"));
            ctx.report().loaded(LAN);
        } catch (DemoFailure e) {
            ctx.report().failed("device " + opd + "/" + device.name(), e.getMessage());
        }
    }

    static Map<String, Object> deviceBody(Device device) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("name", device.name());
        body.put("kind", device.kind());
        putIfSet(body, "vendor", device.vendor());
        putIfSet(body, "model", device.model());
        body.put("security", "FIREWALL".equals(device.kind()));
        body.put("internetFacing", device.internetFacing());
        putIfSet(body, "hardwareEndOfLife", device.hardwareEndOfLife());
        putIfSet(body, "softwareName", device.software());
        putIfSet(body, "softwareVersion", device.softwareVersion());
        putIfSet(body, "softwareEndOfLife", device.softwareEndOfLife());
        List<Map<String, Object>> interfaces = new ArrayList<>();
        for (Port port : device.ports()) {
            Map<String, Object> i = new LinkedHashMap<>();
            i.put("name", port.name());
            if (port.untaggedVlan() != null) {
                i.put("untaggedVlan", port.untaggedVlan());
            }
            i.put("taggedVlans", port.taggedVlans());
            interfaces.add(i);
        }
        body.put("interfaces", interfaces);
        return body;
    }

    private static void connect(DemoContext ctx, String writer, String opd, Cable cable, Map<String, String> ids) {
        item(ctx, "cable " + opd + " " + cable.aDevice() + "/" + cable.aPort() + "–" + cable.bDevice() + "/"
                + cable.bPort(), () -> ctx.api().post(writer, "/api/v1/lans/" + opd + "/cables", Map.of(
                        "a", Map.of("deviceId", required(ids, cable.aDevice()), "interfaceName", cable.aPort()),
                        "b", Map.of("deviceId", required(ids, cable.bDevice()), "interfaceName", cable.bPort()),
                        "medium", cable.medium())));
    }

    /** The OPD's operator adds its SPECIAL sensor (N4) and gives it an address in the staff prefix. */
    private static void addSpecialDevice(DemoContext ctx, Map<String, String> dinkes) {
        String operator = DemoContext.actorFor("DINKES");
        addDevice(ctx, operator, "DINKES", SENSOR, dinkes);
        item(ctx, "address DINKES " + SENSOR_ADDRESS.address(), () -> ctx.api().post(operator,
                "/api/v1/lans/DINKES/addresses", Map.of("address", SENSOR_ADDRESS.address(), "deviceId",
                        required(dinkes, SENSOR_ADDRESS.device()), "interfaceName", SENSOR_ADDRESS.port(),
                        "description", SENSOR_ADDRESS.description())));
    }

    // --- WAN circuits (N2) ------------------------------------------------------------------------------------

    private static void registerWanLinks(DemoContext ctx, Map<String, String> sites,
            Map<String, Map<String, String>> devices) {
        LocalDate today = LocalDate.now(EARLIEST_ZONE);
        for (WanLink link : WAN_LINKS) {
            item(ctx, "WAN link " + link.circuitId(), WAN_LINK, () -> {
                Map<String, Object> bEnd = new LinkedHashMap<>();
                bEnd.put("siteId", required(sites, link.bOpd()));
                bEnd.put("deviceId", required(devices.get(link.bOpd()), link.bRouter()));
                bEnd.put("interfaceName", link.bPort());
                Map<String, Object> body = new LinkedHashMap<>();
                body.put("provider", link.provider());
                body.put("circuitId", link.circuitId());
                body.put("medium", link.medium());
                body.put("bandwidthDownMbps", link.bandwidthMbps());
                body.put("bandwidthUpMbps", link.bandwidthMbps());
                body.put("contract", Map.of("number", "KTR/" + link.circuitId() + "/" + today.getYear(),
                        "startDate", today.withDayOfYear(1).toString(),
                        "endDate", today.withDayOfYear(1).plusYears(1).minusDays(1).toString()));
                body.put("sla", Map.of("availabilityPercent", 99.5, "maxRepairHours", 8));
                body.put("aEnd", Map.of("siteId", required(sites, "DISKOMINFO")));
                body.put("bEnd", bEnd);
                DemoApi.Reply reply = ctx.api().post(DemoContext.DINAS, "/api/v1/wan-links", body);
                return reply.status() == 409 ? null : reply; // recorded by an earlier run
            });
        }
    }

    // --- yearly LAN diagrams (N6) --------------------------------------------------------------------------------

    /** Opens this year's campaign; DINKES's steward submits (with a small PNG), DISDIK's task stays open. */
    private static void yearlyDiagrams(DemoContext ctx) {
        LocalDate today = LocalDate.now(EARLIEST_ZONE);
        int year = today.getYear();
        DemoApi.Reply opened = ctx.api().post(DemoContext.DINAS, "/api/v1/lan-diagrams/campaigns",
                Map.of("year", year, "dueDate", campaignDueDate(today).toString()));
        if (opened.status() == 422 && "N6".equals(opened.json().get("obligation"))) {
            ctx.report().note("demo: diagram LAN tahunan tidak diwajibkan profil ini / no yearly LAN diagram here (N6)");
            return;
        }
        if (!opened.ok() && opened.status() != 409) {
            ctx.report().failed("LAN diagram campaign " + year, opened.problem());
            return;
        }
        if (opened.ok()) {
            ctx.report().loaded(DIAGRAM);
        }
        String task = year + "-DINKES";
        try {
            DemoApi.Reply current = DemoApi.expect(ctx.api().get(DemoContext.DINAS, "/api/v1/lan-diagrams/tasks/"
                    + task), "read task");
            if (!"OPEN".equals(current.string("status")) && !"RETURNED".equals(current.string("status"))) {
                return; // submitted by an earlier run
            }
            DemoApi.expect(ctx.api().upload(steward(ctx, "DINKES"), "/api/v1/lan-diagrams/tasks/" + task
                            + "/submissions", Map.of("note", "Diagram LAN Dinas Kesehatan tahun " + year), "file",
                    "diagram-lan-dinkes-" + year + ".png", "image/png", diagramPng()), "submit");
            ctx.report().loaded(DIAGRAM);
        } catch (DemoFailure e) {
            ctx.report().failed("LAN diagram " + task, e.getMessage());
        }
    }

    /** Six weeks ahead: never past (422 N6) and never before the year. */
    static LocalDate campaignDueDate(LocalDate today) {
        return today.plusWeeks(6);
    }

    /** A small drawing of boxes and lines (no text: a headless JVM may have no fonts), as a real PNG. */
    static byte[] diagramPng() {
        BufferedImage image = new BufferedImage(320, 200, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        try {
            g.setColor(Color.WHITE);
            g.fillRect(0, 0, 320, 200);
            g.setColor(new Color(0x1c, 0x7e, 0xd6));
            g.setStroke(new BasicStroke(2));
            int[][] boxes = {{130, 10}, {130, 60}, {40, 120}, {220, 120}};
            for (int[] b : boxes) {
                g.drawRect(b[0], b[1], 60, 30);
            }
            g.drawLine(160, 40, 160, 60);
            g.drawLine(160, 90, 70, 120);
            g.drawLine(160, 90, 250, 120);
        } finally {
            g.dispose();
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            ImageIO.write(image, "png", out);
        } catch (IOException e) {
            throw new DemoFailure("PNG: " + e.getMessage());
        }
        return out.toByteArray();
    }

    // --- LAN change report (N7) ----------------------------------------------------------------------------------

    /** After the diagram, DINKES gets a second access point; its steward reports exactly that revision range. */
    private static void reportChange(DemoContext ctx, Map<String, String> dinkes) {
        try {
            String writer = steward(ctx, "DINKES");
            long before = revision(ctx, "DINKES");
            if (!dinkes.containsKey(NEW_AP.name())) {
                DemoApi.Reply added = DemoApi.expect(ctx.api().post(writer, "/api/v1/lans/DINKES/devices",
                        deviceBody(NEW_AP)), "add access point");
                dinkes.put(NEW_AP.name(), added.string("id"));
                connect(ctx, writer, "DINKES", NEW_AP_CABLE, dinkes);
            }
            long after = revision(ctx, "DINKES");
            if (after <= before) {
                return; // reported by an earlier run
            }
            Map<String, Object> body = new LinkedHashMap<>();
            body.put("opd", "DINKES");
            body.put("what", "Access point lantai 2 dipasang dan disambungkan ke acc-sw-lt2");
            body.put("why", "Ruang rapat dan pelayanan baru di lantai 2 membutuhkan Wi-Fi staf dan tamu");
            body.put("performedOn", LocalDate.now(EARLIEST_ZONE).toString());
            String change = approvedChange(ctx);
            if (change != null) {
                body.put("changeTicketId", change); // S6: the approved change ServiceDeskStep left in DEVELOPMENT
            } else {
                body.put("ticketReference", "PERUBAHAN-" + LocalDate.now(EARLIEST_ZONE).getYear() + "-0007");
            }
            body.put("fromRevision", before);
            body.put("toRevision", after);
            DemoApi.expect(ctx.api().post(writer, "/api/v1/lan-changes", body), "report change");
            ctx.report().loaded(CHANGE);
        } catch (DemoFailure e) {
            ctx.report().failed("LAN change DINKES", e.getMessage());
        }
    }

    /**
     * The DINKES change ServiceDeskStep approved for this access point (S6), once network-service has heard of its
     * approval from servicedesk's events (a few seconds; null after 30 s or without that change).
     */
    private static String approvedChange(DemoContext ctx) {
        DemoApi.Reply changes = ctx.api().get(DemoContext.DINAS,
                "/api/v1/changes?opd=DINKES&stage=DEVELOPMENT&size=50");
        if (!changes.ok()) {
            return null;
        }
        String id = DemoApi.items(changes).stream()
                .filter(c -> c instanceof Map<?, ?> m && ServiceDeskStep.LAN_CHANGE_TITLE.equals(m.get("title")))
                .map(c -> String.valueOf(((Map<?, ?>) c).get("id"))).findFirst().orElse(null);
        long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        while (id != null && System.nanoTime() < deadline) {
            DemoApi.Reply known = ctx.api().get(DemoContext.DINAS, "/api/v1/lan-changes/change-tickets/" + id);
            if (known.ok() && known.json().get("approvedAt") != null) {
                return id;
            }
            try {
                Thread.sleep(2000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return null;
            }
        }
        return null;
    }

    // --- inspection (N5) -------------------------------------------------------------------------------------------

    /** Dinas inspects DINKES's LAN and opens a finding on the access switch past its end of life. */
    private static void inspect(DemoContext ctx, Map<String, String> dinkes) {
        try {
            DemoApi.Reply existing = ctx.api().get(DemoContext.DINAS, "/api/v1/inspections?opd=DINKES");
            if (existing.ok() && !DemoApi.items(existing).isEmpty()) {
                return; // inspected by an earlier run
            }
            LocalDate today = LocalDate.now(EARLIEST_ZONE);
            DemoApi.Reply inspection = DemoApi.expect(ctx.api().post(DemoContext.DINAS, "/api/v1/inspections",
                    Map.of("opd", "DINKES", "inspectedOn", today.toString(), "summary",
                            "Pemeriksaan ruang server, lemari jaringan lantai 1-2 dan Wi-Fi tamu")), "record inspection");
            ctx.report().loaded(INSPECTION);
            Map<String, Object> finding = new LinkedHashMap<>();
            finding.put("title", "Access switch lantai 1 melewati akhir masa dukungan");
            finding.put("description", "acc-sw-lt1 (Catalyst 2960X) tidak lagi menerima pembaruan keamanan.");
            finding.put("severity", "HIGH");
            finding.put("dueDate", today.plusMonths(3).toString());
            if (dinkes.containsKey("acc-sw-lt1")) {
                finding.put("deviceId", dinkes.get("acc-sw-lt1"));
            }
            DemoApi.expect(ctx.api().post(DemoContext.DINAS, "/api/v1/inspections/" + inspection.string("id")
                    + "/findings", finding), "open finding");
            ctx.report().loaded(INSPECTION);
        } catch (DemoFailure e) {
            ctx.report().failed("LAN inspection DINKES", e.getMessage());
        }
    }

    private static long revision(DemoContext ctx, String opd) {
        DemoApi.Reply lan = DemoApi.expect(ctx.api().get(DemoContext.DINAS, "/api/v1/lans/" + opd), "read LAN");
        return lan.json().get("revision") instanceof Number n ? n.longValue() : 0;
    }

    // --- helpers ----------------------------------------------------------------------------------------------

    private interface Call {
        /** The reply, or null when the item was there already. */
        DemoApi.Reply send();
    }

    private static void item(DemoContext ctx, String item, Call call) {
        item(ctx, item, LAN, call);
    }

    /** One item: loaded, left alone (409: there from an earlier run) or failed — never stops the rest. */
    private static void item(DemoContext ctx, String item, String kind, Call call) {
        try {
            DemoApi.Reply reply = call.send();
            if (reply == null || reply.status() == 409) {
                return;
            }
            DemoApi.expect(reply, "create");
            ctx.report().loaded(kind);
        } catch (DemoFailure e) {
            ctx.report().failed(item, e.getMessage());
        }
    }

    private static String required(Map<String, String> ids, String name) {
        String id = ids == null ? null : ids.get(name);
        if (id == null) {
            throw new DemoFailure(name + " tidak tercatat / not recorded");
        }
        return id;
    }

    private static void putIfSet(Map<String, Object> body, String field, String value) {
        if (value != null) {
            body.put(field, value);
        }
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> asMap(Object o) {
        return o instanceof Map<?, ?> m ? (Map<String, Object>) m : Map.of();
    }

    /** A software end of life within the coming year, so the EoL view has a "within the window" row. */
    static String monthsAhead(int months) {
        return LocalDate.now(EARLIEST_ZONE).plusMonths(months).withDayOfMonth(1).toString();
    }
}
