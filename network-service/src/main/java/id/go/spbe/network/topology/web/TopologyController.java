package id.go.spbe.network.topology.web;

import id.go.spbe.network.topology.TopologyDrawings;
import id.go.spbe.platform.openapi.ProblemResponses;
import id.go.spbe.platform.security.Caller;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Topology diagrams drawn from the inventory as {@code image/svg+xml} (N1–N3). The SVG is inert (no script, nothing
 * fetched, every text escaped) and is served with a CSP that forbids scripts even when opened directly.
 */
@RestController
@RequestMapping(TopologyController.PATH)
@Tag(name = "Topology", description = "Network diagrams drawn from the inventory (obligations N1-N3)")
class TopologyController {

    static final String PATH = "/api/v1/topology";
    static final String SVG = "image/svg+xml";

    private final TopologyDrawings drawings;

    TopologyController(TopologyDrawings drawings) {
        this.drawings = drawings;
    }

    @GetMapping(value = "/lans/{opd}", produces = SVG)
    @Operation(summary = "Diagram of one OPD's LAN (SVG)", description = "Layered: upstream circuits, routers, "
            + "firewalls, switches, end devices; cables coloured by VLAN and labelled with interface names; legend "
            + "and title with the OPD's name and today's date. Scoped like the inventory (other OPD → 404).")
    ResponseEntity<String> lan(@PathVariable String opd, Caller caller) {
        return svg(drawings.lanSvg(caller, opd), "topologi-lan-" + opd.toLowerCase() + ".svg");
    }

    @ProblemResponses(422) // G1: an opd filter naming no active OPD
    @GetMapping(value = "/wan", produces = SVG)
    @Operation(summary = "Diagram of the WAN (SVG)", description = "Provincial/central networks, sites and "
            + "circuits, coloured by medium. Region-wide roles see the whole WAN (or one OPD's part with `opd`); "
            + "OPD users the circuits ending at their OPD.")
    ResponseEntity<String> wan(@RequestParam(required = false) String opd, Caller caller) {
        return svg(drawings.wanSvg(caller, opd), "topologi-wan.svg");
    }

    private static ResponseEntity<String> svg(String body, String filename) {
        return ResponseEntity.ok()
                .header(HttpHeaders.CONTENT_TYPE, SVG + ";charset=UTF-8")
                .header(HttpHeaders.CONTENT_DISPOSITION, "inline; filename=\"" + filename.replaceAll("[^a-z0-9.-]",
                        "_") + "\"")
                .header("Content-Security-Policy", "default-src 'none'; style-src 'unsafe-inline'; sandbox")
                .body(body);
    }
}
