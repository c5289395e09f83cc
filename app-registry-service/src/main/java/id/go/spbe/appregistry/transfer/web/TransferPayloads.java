package id.go.spbe.appregistry.transfer.web;

import id.go.spbe.appregistry.application.domain.ApplicationClass;
import id.go.spbe.appregistry.application.domain.ApplicationStatus;
import id.go.spbe.appregistry.transfer.PubliccodeImport;
import id.go.spbe.appregistry.transfer.PubliccodeWarning;
import id.go.spbe.appregistry.transfer.domain.ImportFormat;
import id.go.spbe.appregistry.transfer.domain.ImportJob;
import id.go.spbe.appregistry.transfer.domain.RowProblem;
import org.jspecify.annotations.Nullable;

import java.time.Instant;
import java.util.List;

/** Response bodies of the import/export API. */
final class TransferPayloads {

    private TransferPayloads() {
    }

    /** A job with every row problem and the registered application ids. */
    record ImportJobResponse(String id, ImportJob.Status status, ImportFormat format, @Nullable String fileName,
            @Nullable String fileSha256, int totalRows, int processedRows, int importedCount, int errorCount,
            int warningCount, List<RowProblem> errors, List<RowProblem> warnings,
            List<String> importedApplicationIds, String requestedBy, @Nullable String requesterOpd, Instant createdAt,
            @Nullable Instant startedAt, @Nullable Instant finishedAt, int resumptions,
            @Nullable String failureReason) {

        static ImportJobResponse of(ImportJob job) {
            return new ImportJobResponse(job.id(), job.status(), job.format(), job.fileName(), job.fileSha256(),
                    job.totalRows(), job.processedRows(), job.importedCount(), job.errorCount(),
                    job.warnings().size(), job.errors(), job.warnings(), job.importedApplicationIds(),
                    job.requester().username(), job.requesterOpd(), job.createdAt(), job.startedAt(),
                    job.finishedAt(), job.resumptions(), job.failureReason());
        }
    }

    /** A job in the list: counts only. */
    record ImportJobSummary(String id, ImportJob.Status status, ImportFormat format, @Nullable String fileName,
            int totalRows,
            int processedRows, int importedCount, int errorCount, String requestedBy, @Nullable String requesterOpd,
            Instant createdAt, @Nullable Instant finishedAt) {

        static ImportJobSummary of(ImportJob job) {
            return new ImportJobSummary(job.id(), job.status(), job.format(), job.fileName(), job.totalRows(),
                    job.processedRows(), job.importedCount(), job.errorCount(), job.requester().username(),
                    job.requesterOpd(), job.createdAt(), job.finishedAt());
        }
    }

    /** The DRAFT application a publiccode.yml became, and each key that did not carry over as is (defect 10). */
    record PubliccodeImportResponse(String id, String name, String ownerOpd, ApplicationClass applicationClass,
            ApplicationStatus status, @Nullable String descriptionLanguage, List<PubliccodeWarning> warnings) {

        static PubliccodeImportResponse of(PubliccodeImport.Imported imported) {
            var app = imported.application();
            return new PubliccodeImportResponse(app.id(), app.name(), app.ownerOpd(), app.applicationClass(),
                    app.status(), imported.language(), imported.warnings());
        }
    }
}
