package id.go.spbe.platform.documents;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Updates;
import id.go.spbe.platform.documents.signature.PdfSignatureVerifier;
import id.go.spbe.platform.documents.signature.SignatureCheck;
import id.go.spbe.platform.test.infra.TestInfrastructure;
import org.bson.Document;
import org.bson.types.Binary;
import org.bson.types.ObjectId;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.core.io.Resource;
import org.springframework.data.mongodb.core.SimpleMongoClientDatabaseFactory;
import org.springframework.data.mongodb.core.convert.MappingMongoConverter;
import org.springframework.data.mongodb.core.convert.NoOpDbRefResolver;
import org.springframework.data.mongodb.core.mapping.MongoMappingContext;
import org.springframework.data.mongodb.gridfs.GridFsTemplate;
import org.springframework.http.ResponseEntity;

import java.io.ByteArrayInputStream;
import java.security.MessageDigest;
import java.time.Clock;
import java.util.HexFormat;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The store against the Mongo wire server: GridFS bytes, owner metadata, names, integrity and download headers. */
class DocumentStoreTest {

    static MongoClient client;
    static DocumentStore store;
    static final OwnerRef TICKET = new OwnerRef("ticket", "TKT-2026-0001");

    @BeforeAll
    static void store() {
        client = MongoClients.create(TestInfrastructure.mongoUri("documents_store"));
        SimpleMongoClientDatabaseFactory factory = new SimpleMongoClientDatabaseFactory(client, "documents_store");
        MappingMongoConverter converter = new MappingMongoConverter(NoOpDbRefResolver.INSTANCE,
                new MongoMappingContext());
        DocumentKinds kinds = DocumentKinds.builder().kind("ATTACHMENT", DocumentFormats.WRITTEN,
                DocumentFormats.IMAGES).build();
        DocumentInspector inspector = new DocumentInspector(new ContentSniffer(), kinds,
                new PdfSignatureVerifier(List.of(), Clock.systemUTC()), false);
        store = new DocumentStore(new GridFsTemplate(factory, converter, "attachments"), inspector, 64 * 1024,
                Clock.systemUTC());
    }

    @AfterAll
    static void close() {
        client.close();
    }

    static String sha256(byte[] bytes) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    }

    @Test
    void aDepositIsStoredWithItsOwnerDigestAndTheSniffedTypesExtension() throws Exception {
        byte[] pdf = TestPdfs.unsigned("PANDUAN LAYANAN");
        StoredDocument stored = store.deposit(TICKET, "ATTACHMENT", "Panduan.pdf.vbs", new ByteArrayInputStream(pdf),
                "agen.tier1");
        assertThat(stored.filename()).isEqualTo("Panduan.pdf");
        assertThat(stored.mediaType()).isEqualTo(DocumentFormats.PDF);
        assertThat(stored.sizeBytes()).isEqualTo(pdf.length);
        assertThat(stored.sha256()).isEqualTo(sha256(pdf));
        assertThat(stored.signature().status()).isEqualTo(SignatureCheck.Status.UNSIGNED);
        assertThat(stored.owner()).isEqualTo(TICKET);

        Document file = client.getDatabase("documents_store").getCollection("attachments.files")
                .find(Filters.eq("_id", new ObjectId(stored.id()))).first();
        assertThat(file.getString("filename")).isEqualTo("Panduan.pdf");
        Document metadata = file.get("metadata", Document.class);
        assertThat(metadata.getString("ownerType")).isEqualTo("ticket");
        assertThat(metadata.getString("ownerId")).isEqualTo("TKT-2026-0001");
        assertThat(metadata.getString("kind")).isEqualTo("ATTACHMENT");
        assertThat(metadata.getString("sha256")).isEqualTo(sha256(pdf));

        DocumentStore.StoredFile opened = store.open(stored.id()).orElseThrow();
        assertThat(opened.content().getInputStream().readAllBytes()).isEqualTo(pdf);
        assertThat(opened.mediaType()).isEqualTo(DocumentFormats.PDF);
        assertThat(store.checkIntegrity(stored.id(), stored.sha256(), stored.sizeBytes()).intact()).isTrue();

        store.delete(stored.id());
        assertThat(store.open(stored.id())).isEmpty();
        assertThat(store.open("bukan-id")).isEmpty();
    }

    @Test
    void aChangedChunkIsDetectedByTheIntegrityCheck() throws Exception {
        byte[] text = "Catatan pemeriksaan jaringan LAN lantai 2".getBytes();
        StoredDocument stored = store.deposit(TICKET, "ATTACHMENT", "catatan.txt", new ByteArrayInputStream(text),
                "agen");
        var chunks = client.getDatabase("documents_store").getCollection("attachments.chunks");
        Document chunk = chunks.find(Filters.eq("files_id", new ObjectId(stored.id()))).first();
        byte[] data = chunk.get("data", Binary.class).getData();
        data[3] ^= 0x20;
        chunks.updateOne(Filters.eq("_id", chunk.get("_id")), Updates.set("data", new Binary(data)));
        IntegrityCheck check = store.checkIntegrity(stored.id(), stored.sha256(), stored.sizeBytes());
        assertThat(check.intact()).isFalse();
        assertThat(check.actualSha256()).isNotEqualTo(stored.sha256());
        assertThat(check.problem()).contains("berbeda");
    }

    @Test
    void tooLargeWrongTypeAndMacroDocumentsAreRefusedBeforeAnythingIsStored() {
        long before = client.getDatabase("documents_store").getCollection("attachments.files").countDocuments();
        assertThatThrownBy(() -> store.deposit(TICKET, "ATTACHMENT", "besar.txt",
                new ByteArrayInputStream(new byte[64 * 1024 + 1]), "agen"))
                .isInstanceOf(DocumentTooLargeException.class);
        assertThatThrownBy(() -> store.deposit(TICKET, "ATTACHMENT", "laporan.docx",
                new ByteArrayInputStream(TestFiles.docm()), "agen"))
                .isInstanceOf(UnsupportedDocumentTypeException.class);
        assertThatThrownBy(() -> store.deposit(TICKET, "ATTACHMENT", "alat.pdf",
                new ByteArrayInputStream(TestFiles.windowsExecutable()), "agen"))
                .isInstanceOf(UnsupportedDocumentTypeException.class);
        assertThat(client.getDatabase("documents_store").getCollection("attachments.files").countDocuments())
                .isEqualTo(before);
    }

    @Test
    void aDownloadIsAnAttachmentWithAnRfc6266NameNosniffAndItsDigest() {
        ResponseEntity<Resource> response = DocumentDownloads.attachment("Laporan Évaluasi — 2026.pdf",
                DocumentFormats.PDF, "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad",
                new org.springframework.core.io.ByteArrayResource(new byte[] {1}));
        assertThat(response.getHeaders().getFirst("Content-Disposition")).isEqualTo(
                "attachment; filename=\"Laporan _valuasi _ 2026.pdf\"; "
                        + "filename*=UTF-8''Laporan%20%C3%89valuasi%20%E2%80%94%202026.pdf");
        assertThat(response.getHeaders().getFirst("X-Content-Type-Options")).isEqualTo("nosniff");
        assertThat(response.getHeaders().getFirst("Content-Security-Policy")).contains("sandbox");
        assertThat(response.getHeaders().getETag())
                .isEqualTo("\"ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad\"");
        assertThat(response.getHeaders().getFirst("Repr-Digest"))
                .isEqualTo("sha-256=:ungWv48Bz+pBQUDeXa4iI7ADYaOWF3qctBD/YfIAFa0=:");
    }
}
