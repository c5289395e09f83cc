package id.go.spbe.appregistry.passport.web;

import id.go.spbe.appregistry.passport.ApplicationPassport;
import id.go.spbe.appregistry.passport.ApplicationPassport.Passport;
import id.go.spbe.platform.documents.DocumentDownloads;
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
import org.springframework.web.bind.annotation.RestController;

/** The application passport as PDF: whoever may read the application may read its passport; anyone else gets 404. */
@RestController
@Tag(name = "Aplikasi SPBE — paspor", description = "The application passport as a PDF report (A1, A7, SEC1)")
class PassportController {

    private final ApplicationPassport passports;

    PassportController(ApplicationPassport passports) {
        this.passports = passports;
    }

    @GetMapping("/api/v1/applications/{id}/passport.pdf")
    @Operation(summary = "The application passport as PDF (identity, owner, lifecycle, hosting, documents with SHA-256 "
            + "and signature status, integrations, history summary)",
            responses = @ApiResponse(responseCode = "200", description = "PDF/A-3u report",
                    content = @Content(mediaType = MediaType.APPLICATION_PDF_VALUE)))
    ResponseEntity<byte[]> passport(@PathVariable String id, Caller caller) {
        Passport passport = passports.render(caller, id);
        return ResponseEntity.ok()
                .contentType(MediaType.APPLICATION_PDF)
                .cacheControl(CacheControl.noStore())
                .header(HttpHeaders.CONTENT_DISPOSITION,
                        DocumentDownloads.contentDisposition(passport.filename()).replaceFirst("^attachment", "inline"))
                .header("X-Content-Type-Options", "nosniff")
                .body(passport.pdf());
    }
}
