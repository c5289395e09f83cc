package id.go.spbe.servicedesk.ticket.web;

import id.go.spbe.platform.documents.DocumentDownloads;
import id.go.spbe.platform.security.Caller;
import id.go.spbe.platform.security.Roles;
import id.go.spbe.platform.web.Locations;
import id.go.spbe.servicedesk.ticket.TicketAttachments;
import id.go.spbe.servicedesk.ticket.domain.Attachment;
import id.go.spbe.servicedesk.ticket.web.TicketPayloads.AttachmentView;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.annotation.security.RolesAllowed;
import org.springframework.core.io.Resource;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

import java.io.IOException;

/** Attachments of a ticket (platform documents): upload by the desk or the requester's side, download by readers. */
@RestController
@RequestMapping("/api/v1/tickets/{id:[0-9a-fA-F-]+}/attachments")
@Tag(name = "Tiket layanan", description = "Service-desk tickets (obligations S1, S2, S3, S8)")
class TicketAttachmentController {

    private final TicketAttachments attachments;

    TicketAttachmentController(TicketAttachments attachments) {
        this.attachments = attachments;
    }

    @PostMapping(consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @ResponseStatus(HttpStatus.CREATED)
    @RolesAllowed({Roles.TIER1_AGENT, Roles.TIER2_AGENT, Roles.OPD_OPERATOR, Roles.INTEGRATION, Roles.DINAS_ADMIN})
    @Operation(summary = "Attach a file (screenshot, photo, document, spreadsheet)",
            description = "multipart/form-data with `file`. The type is sniffed from the bytes (PNG, JPEG, PDF, ODT, "
                    + "DOCX, text, ODS, XLSX, CSV; otherwise 415), the size is limited (413), a closed ticket takes "
                    + "none (409). Emits TicketAttachmentAdded.")
    ResponseEntity<AttachmentView> attach(@PathVariable String id, @RequestPart("file") MultipartFile file,
            Caller caller) throws IOException {
        Attachment attachment = attachments.attach(caller, id, file.getOriginalFilename(), file.getInputStream());
        return ResponseEntity.created(Locations.of("/api/v1/tickets/" + id + "/attachments", attachment.fileId()))
                .body(AttachmentView.of(attachment));
    }

    @GetMapping("/{fileId:[0-9a-fA-F]{24}}")
    @Operation(summary = "Download an attachment",
            description = "Always an attachment (RFC 6266 filename*), nosniff; ETag and Repr-Digest carry the SHA-256 "
                    + "recorded at upload.")
    ResponseEntity<Resource> download(@PathVariable String id, @PathVariable String fileId, Caller caller) {
        TicketAttachments.Download d = attachments.download(caller, id, fileId);
        return DocumentDownloads.attachment(d.attachment().filename(), d.attachment().mediaType(),
                d.attachment().sha256(), d.file().content());
    }
}
