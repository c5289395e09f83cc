package id.go.spbe.appregistry.document;

import com.mongodb.client.gridfs.model.GridFSFile;
import org.bson.Document;
import org.bson.types.ObjectId;
import org.springframework.data.mongodb.MongoDatabaseFactory;
import org.springframework.data.mongodb.core.convert.MongoConverter;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.gridfs.GridFsResource;
import org.springframework.data.mongodb.gridfs.GridFsTemplate;
import org.springframework.stereotype.Component;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * The bytes of deposited documents, in a GridFS bucket of this service's database (works on every MongoDB, no
 * transactions needed). Each file carries metadata saying whose document it is, so an orphan can be traced; the
 * application aggregate remains the authority on which files are recorded versions.
 */
@Component
class DocumentStore {

    private final GridFsTemplate gridFs;

    DocumentStore(MongoDatabaseFactory mongo, MongoConverter converter, DocumentProperties properties) {
        // Our own template on our own bucket: Boot's default GridFsTemplate bean stays untouched for others.
        this.gridFs = new GridFsTemplate(mongo, converter, properties.bucket());
    }

    /** What a stored file is about. */
    record Metadata(String applicationId, String kind, String sha256, String uploadedBy, String signatureStatus) {

        Document toDocument() {
            return new Document("applicationId", applicationId).append("kind", kind).append("sha256", sha256)
                    .append("uploadedBy", uploadedBy).append("signatureStatus", signatureStatus);
        }
    }

    /** @return the new file id (hex ObjectId) */
    String store(Path file, String filename, String contentType, Metadata metadata) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            return gridFs.store(in, filename, contentType, metadata.toDocument()).toHexString();
        }
    }

    Optional<GridFsResource> open(String fileId) {
        if (!ObjectId.isValid(fileId)) {
            return Optional.empty();
        }
        GridFSFile file = gridFs.findOne(byId(fileId));
        return file == null ? Optional.empty() : Optional.of(gridFs.getResource(file));
    }

    void delete(String fileId) {
        if (ObjectId.isValid(fileId)) {
            gridFs.delete(byId(fileId));
        }
    }

    private static Query byId(String fileId) {
        return Query.query(Criteria.where("_id").is(new ObjectId(fileId)));
    }
}
