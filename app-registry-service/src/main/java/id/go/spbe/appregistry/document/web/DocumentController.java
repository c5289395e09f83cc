package id.go.spbe.appregistry.document.web;

import id.go.spbe.appregistry.application.domain.DocumentKind;
import id.go.spbe.appregistry.application.domain.DocumentVersion;
import id.go.spbe.appregistry.document.DocumentDeposit;
import id.go.spbe.appregistry.document.DocumentDeposit.Deposited;
import id.go.spbe.appregistry.document.DocumentLibrary;
import id.go.spbe.appregistry.document.DocumentLibrary.Download;
import id.go.spbe.appregistry.document.DocumentLibrary.Integrity;
import id.go.spbe.appregistry.document.web.DocumentPayloads.CatalogueResponse;
import id.go.spbe.appregistry.document.web.DocumentPayloads.DepositResponse;
import id.go.spbe.platform.documents.DocumentDownloads;
import id.go.spbe.platform.security.Caller;
import id.go.spbe.platform.web.Locations;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.core.io.Resource;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

import java.io.IOException;

/**
 * Documents of an application (A7, A8, SEC1, SEC3). Versions are immutable: there is no PUT or DELETE; uploading the
 * same kind again adds version n+1. Who may not see the application gets 404; who may see but not change it, 403.
 */
@RestController
@RequestMapping("/api/v1/applications/{id}/documents")
@Tag(name = "Aplikasi SPBE — dokumen", description = "Documents, their integrity and signatures (A7, A8, SEC1, SEC3)")
class DocumentController {

    private final DocumentDeposit deposit;
    private final DocumentLibrary library;

    DocumentController(DocumentDeposit deposit, DocumentLibrary library) {
        this.deposit = deposit;
        this.library = library;
    }

    @ResponseStatus(HttpStatus.CREATED)
    @PostMapping(consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @Operation(summary = "Deposit a document version (A7, SEC3; owner OPD operator or Dinas)",
            description = "multipart/form-data with `file` and `kind`. The type is sniffed from the bytes (415 when "
                    + "the kind does not accept it), the size is limited (413), a PDF signature is verified (422 SEC3 "
                    + "when broken, or when the regulation requires a verified signature and there is none). Emits "
                    + "ApplicationDocumentAdded.")
    ResponseEntity<DepositResponse> deposit(@PathVariable String id, @RequestParam("kind") DocumentKind kind,
            @RequestPart("file") MultipartFile file, Caller caller) throws IOException {
        Deposited deposited = deposit.deposit(caller, id, kind, file.getOriginalFilename(), file.getInputStream());
        return ResponseEntity.created(Locations.of("/api/v1/applications/" + id + "/documents",
                deposited.version().fileId())).body(DepositResponse.of(deposited));
    }

    @GetMapping
    @Operation(summary = "Document versions grouped by kind, newest first, with the required kinds still missing (A7)")
    CatalogueResponse catalogue(@PathVariable String id, Caller caller) {
        return CatalogueResponse.of(library.catalogue(caller, id));
    }

    @GetMapping("/{fileId}")
    @Operation(summary = "Download one version (A8)",
            description = "Always an attachment named with the sniffed type's extension (RFC 6266 filename*), "
                    + "nosniff; ETag is the quoted SHA-256 recorded at upload; Repr-Digest (RFC 9530) carries it too, "
                    + "so the receiver can check the bytes it got.")
    ResponseEntity<Resource> download(@PathVariable String id, @PathVariable String fileId, Caller caller) {
        Download download = library.download(caller, id, fileId);
        DocumentVersion version = download.version();
        return DocumentDownloads.attachment(version.filename(), version.contentType(), version.sha256(),
                download.content());
    }

    @GetMapping("/{fileId}/integrity")
    @Operation(summary = "Recompute the SHA-256 of the stored bytes and compare it with the recorded one (SEC1)")
    Integrity integrity(@PathVariable String id, @PathVariable String fileId, Caller caller) {
        return library.integrity(caller, id, fileId);
    }
}
