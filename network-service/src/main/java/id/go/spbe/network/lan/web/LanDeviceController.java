package id.go.spbe.network.lan.web;

import id.go.spbe.platform.csv.CsvText;
import id.go.spbe.network.lan.DeviceCsv;
import id.go.spbe.network.lan.LanDeviceCatalogue;
import id.go.spbe.network.lan.domain.DeviceKind;
import id.go.spbe.network.lan.web.LanPayloads.DeviceRowResponse;
import id.go.spbe.network.lan.web.LanPayloads.EndOfLifeResponse;
import id.go.spbe.platform.openapi.ProblemResponses;
import id.go.spbe.platform.security.Caller;
import id.go.spbe.platform.web.PageRequests;
import id.go.spbe.platform.web.PageResponse;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.data.domain.Sort;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.util.List;

/** Devices across the LANs a caller may see: the device list and the end-of-life view (N3, N9). */
@RestController
@RequestMapping(LanDeviceController.PATH)
@Tag(name = "LAN devices", description = "Devices across LANs and their end of life (obligations N3, N9)")
class LanDeviceController {

    static final String PATH = "/api/v1/lan-devices";

    private final LanDeviceCatalogue catalogue;

    LanDeviceController(LanDeviceCatalogue catalogue) {
        this.catalogue = catalogue;
    }

    @ProblemResponses(422) // G1: an opd filter naming no active OPD
    @GetMapping
    @Operation(summary = "Devices across LANs", description = "OPD users see their OPD's; region-wide roles all, or "
            + "one OPD's with `opd`. Filters: kind, security (security devices, N9). Sort: opd, name, kind, "
            + "hardwareEndOfLife, softwareEndOfLife.")
    PageResponse<DeviceRowResponse> list(@RequestParam(required = false) String opd,
            @RequestParam(required = false) DeviceKind kind, @RequestParam(required = false) Boolean security,
            @RequestParam(required = false) Integer page, @RequestParam(required = false) Integer size,
            @RequestParam(required = false) List<String> sort, Caller caller) {
        return PageResponse.of(catalogue.devices(caller, opd, kind, security, PageRequests.of(page, size, sort,
                LanDeviceCatalogue.ORDER.keySet(), Sort.by("opd", "name"))), DeviceRowResponse::of);
    }

    @ProblemResponses(422) // G1: an opd filter naming no active OPD
    @GetMapping(value = "/export.csv", produces = "text/csv")
    @Operation(summary = "Devices across LANs as CSV", description = "Same scope and filters as the list; one row "
            + "per device with its end-of-life dates and interface names. Cells a spreadsheet would run as a formula "
            + "(= + - @) start with an apostrophe.")
    @ApiResponse(responseCode = "200", description = "The CSV, as an attachment",
            content = @Content(mediaType = "text/csv", schema = @Schema(type = "string")))
    ResponseEntity<String> export(@RequestParam(required = false) String opd,
            @RequestParam(required = false) DeviceKind kind, @RequestParam(required = false) Boolean security,
            Caller caller) {
        return CsvText.attachment("perangkat-lan.csv", DeviceCsv.of(catalogue.all(caller, opd, kind, security)));
    }

    @ProblemResponses(422) // G1: an opd filter naming no active OPD
    @GetMapping("/end-of-life")
    @Operation(summary = "End-of-life view", description = "Devices whose hardware or software end-of-life date "
            + "is past (PAST) or within `withinMonths` months (WITHIN_WINDOW, default 12, 0-120), in the region's "
            + "time zone. Scoped like the device list.")
    PageResponse<EndOfLifeResponse> endOfLife(@RequestParam(required = false) String opd,
            @RequestParam(defaultValue = "12") int withinMonths,
            @RequestParam(required = false) Integer page, @RequestParam(required = false) Integer size,
            @RequestParam(required = false) List<String> sort, Caller caller) {
        return PageResponse.of(catalogue.endOfLife(caller, opd, withinMonths, PageRequests.of(page, size, sort,
                LanDeviceCatalogue.ORDER.keySet(), Sort.by("hardwareEndOfLife", "softwareEndOfLife"))),
                EndOfLifeResponse::of);
    }
}
