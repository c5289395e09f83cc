package id.go.spbe.appregistry.transfer;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

import java.time.Instant;

/**
 * The uploaded bytes of an import job, kept apart from the job so that saving progress does not rewrite the file.
 * A resumed job and the errors file re-read it.
 */
@Document("import_files")
record ImportFile(@Id String jobId, byte[] content, Instant uploadedAt) {
}
