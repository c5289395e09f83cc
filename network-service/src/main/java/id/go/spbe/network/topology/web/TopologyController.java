package id.go.spbe.network.topology.web;

import id.go.spbe.network.topology.DiagramDocuments;
import id.go.spbe.network.topology.TopologyDrawings;
import id.go.spbe.platform.documents.DocumentDownloads;
import id.go.spbe.platform.openapi.ProblemResponses;
import id.go.spbe.platform.security.Caller;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
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
    private final DiagramDocuments documents;

    TopologyController(TopologyDrawings drawings, DiagramDocuments documents) {
        this.drawings = drawings;
        this.documents = documents;
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

    @GetMapping(value = "/lans/{opd}/diagram.pdf", produces = MediaType.APPLICATION_PDF_VALUE)
    @Operation(summary = "Diagram of one OPD's LAN as PDF (offline use)", description = "The same drawing as the "
            + "SVG on A4 landscape with the region's report header. Scoped like the inventory (other OPD → 404).",
            responses = @ApiResponse(responseCode = "200", description = "PDF/A-3u document",
                    content = @Content(mediaType = MediaType.APPLICATION_PDF_VALUE)))
    ResponseEntity<byte[]> lanPdf(@PathVariable String opd, Caller caller) {
        String svg = drawings.lanSvg(caller, opd);
        return download(documents.pdf("Topologi LAN OPD " + opd, svg), MediaType.APPLICATION_PDF,
                "topologi-lan-" + opd.toLowerCase() + ".pdf");
    }

    @GetMapping(value = "/lans/{opd}/diagram.png", produces = MediaType.IMAGE_PNG_VALUE)
    @Operation(summary = "Diagram of one OPD's LAN as PNG (offline use)", description = "The same drawing as the "
            + "SVG, rasterised (at most 4000 px wide). Scoped like the inventory (other OPD → 404).",
            responses = @ApiResponse(responseCode = "200", description = "PNG image",
                    content = @Content(mediaType = MediaType.IMAGE_PNG_VALUE)))
    ResponseEntity<byte[]> lanPng(@PathVariable String opd, Caller caller) {
        return download(documents.png(drawings.lanSvg(caller, opd)), MediaType.IMAGE_PNG,
                "topologi-lan-" + opd.toLowerCase() + ".png");
    }

    @ProblemResponses(422) // G1: an opd filter naming no active OPD
    @GetMapping(value = "/wan/diagram.pdf", produces = MediaType.APPLICATION_PDF_VALUE)
    @Operation(summary = "Diagram of the WAN as PDF (offline use)", description = "The same drawing and scope as "
            + "the WAN SVG, on A4 landscape with the region's report header.",
            responses = @ApiResponse(responseCode = "200", description = "PDF/A-3u document",
                    content = @Content(mediaType = MediaType.APPLICATION_PDF_VALUE)))
    ResponseEntity<byte[]> wanPdf(@RequestParam(required = false) String opd, Caller caller) {
        return download(documents.pdf("Topologi WAN", drawings.wanSvg(caller, opd)), MediaType.APPLICATION_PDF,
                "topologi-wan.pdf");
    }

    @ProblemResponses(422) // G1: an opd filter naming no active OPD
    @GetMapping(value = "/wan/diagram.png", produces = MediaType.IMAGE_PNG_VALUE)
    @Operation(summary = "Diagram of the WAN as PNG (offline use)", description = "The same drawing and scope as "
            + "the WAN SVG, rasterised (at most 4000 px wide).",
            responses = @ApiResponse(responseCode = "200", description = "PNG image",
                    content = @Content(mediaType = MediaType.IMAGE_PNG_VALUE)))
    ResponseEntity<byte[]> wanPng(@RequestParam(required = false) String opd, Caller caller) {
        return download(documents.png(drawings.wanSvg(caller, opd)), MediaType.IMAGE_PNG, "topologi-wan.png");
    }

    private static ResponseEntity<byte[]> download(byte[] body, MediaType type, String filename) {
        return ResponseEntity.ok()
                .contentType(type)
                .cacheControl(CacheControl.noStore())
                .header(HttpHeaders.CONTENT_DISPOSITION,
                        DocumentDownloads.contentDisposition(filename.replaceAll("[^a-z0-9.-]", "_")))
                .header("X-Content-Type-Options", "nosniff")
                .body(body);
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
