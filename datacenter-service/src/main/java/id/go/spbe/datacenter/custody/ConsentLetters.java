package id.go.spbe.datacenter.custody;

import id.go.spbe.datacenter.custody.domain.ConsentLetter;
import id.go.spbe.datacenter.custody.domain.CustodyConsent;
import id.go.spbe.platform.domain.NotFoundException;
import id.go.spbe.platform.documents.DocumentStore;
import id.go.spbe.platform.documents.DocumentStore.StoredFile;
import id.go.spbe.platform.documents.OwnerRef;
import id.go.spbe.platform.documents.StoredDocument;
import id.go.spbe.platform.problem.InvalidRequestException;
import id.go.spbe.platform.security.Caller;
import id.go.spbe.platform.security.Roles;
import id.go.spbe.platform.web.ETags;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.web.multipart.MultipartFile;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Clock;

/**
 * The letter behind a custody consent (D7 × SEC3). The consent is the owner OPD's act ("setelah mendapat persetujuan
 * dari OPD pemilik data", RL p20(2), BT p17(2)), so only that OPD's operator attaches its letter — Dinas cannot
 * supply the OPD's consent; whoever may read the consent downloads it. Rights, version and state are checked before
 * a byte is stored; the platform documents sniff the type (PDF only, else 415), limit the size (413) and check the
 * signature (a broken one 422 SEC3; where the profile requires signatures, a missing or untrusted one too). If
 * recording the letter fails, the stored file is deleted again.
 */
@Service
public class ConsentLetters {

    private final CustodyConsents consents;
    private final CustodyConsentRepository repository;
    private final DocumentStore documents;
    private final Clock clock;

    ConsentLetters(CustodyConsents consents, CustodyConsentRepository repository, DocumentStore documents,
            Clock clock) {
        this.consents = consents;
        this.repository = repository;
        this.documents = documents;
        this.clock = clock;
    }

    /** A letter with the bytes to send. */
    public record Download(ConsentLetter letter, StoredFile file) {
    }

    public CustodyConsent attach(Caller caller, String id, @Nullable MultipartFile file, @Nullable String ifMatch) {
        CustodyConsent consent = consents.get(caller, id);
        if (!caller.hasRole(Roles.OPD_OPERATOR) || !consent.opd().equals(caller.opd())) {
            throw new AccessDeniedException("only the owner OPD's operator attaches its consent letter");
        }
        ETags.checkIfMatch(ifMatch, consent.version());
        consent.checkLetterMayBeAttached();
        if (file == null || file.isEmpty()) {
            throw new InvalidRequestException("file", "Pilih berkas PDF surat persetujuan.");
        }
        StoredDocument stored;
        try (InputStream content = file.getInputStream()) {
            stored = documents.deposit(new OwnerRef("custody-consent", consent.id()),
                    ConsentLetterDocuments.CONSENT_LETTER, file.getOriginalFilename(), content, caller.username());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        try {
            consent.attachLetter(new ConsentLetter(stored.id(), stored.filename(), stored.mediaType(),
                    stored.sizeBytes(), stored.sha256(), stored.signature().status().name(),
                    stored.signature().signer(), stored.uploadedBy(), stored.uploadedAt()), clock.instant());
            return repository.save(consent);
        } catch (RuntimeException failed) {
            documents.delete(stored.id()); // e.g. the optimistic lock lost to a concurrent revocation: no orphan
            throw failed;
        }
    }

    public Download letter(Caller caller, String id) {
        CustodyConsent consent = consents.get(caller, id);
        ConsentLetter letter = consent.letter();
        if (letter == null) {
            throw new NotFoundException("Surat persetujuan", id);
        }
        StoredFile file = documents.open(letter.documentId())
                .orElseThrow(() -> new NotFoundException("Surat persetujuan", id));
        return new Download(letter, file);
    }
}
