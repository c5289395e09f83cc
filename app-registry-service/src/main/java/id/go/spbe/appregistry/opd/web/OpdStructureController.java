package id.go.spbe.appregistry.opd.web;

import id.go.spbe.appregistry.opd.OpdDirectory;
import id.go.spbe.appregistry.opd.web.OpdPayloads.OpdResponse;
import id.go.spbe.appregistry.opd.web.OpdPayloads.OpdTreeNode;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import java.util.List;

/** The OPD hierarchy (G1): sub-units of one OPD, and the whole directory as a tree for the SPA. */
@RestController
@RequestMapping("/api/v1/opds")
@Tag(name = "Direktori OPD", description = "Perangkat Daerah of the region (obligation G1)")
class OpdStructureController {

    private final OpdDirectory directory;

    OpdStructureController(OpdDirectory directory) {
        this.directory = directory;
    }

    @GetMapping("/tree")
    @Operation(summary = "The whole directory as a tree", description = "Top-level OPDs with nested sub-units, "
            + "every level sorted by code; inactive OPDs included with active=false.")
    List<OpdTreeNode> tree() {
        return OpdTreeNode.forest(directory.all());
    }

    @GetMapping("/" + OpdPayloads.CODE_PATH + "/children")
    @Operation(summary = "Direct sub-units of an OPD, by code")
    List<OpdResponse> children(@PathVariable String code) {
        return directory.children(code).stream().map(OpdResponse::of).toList();
    }
}
