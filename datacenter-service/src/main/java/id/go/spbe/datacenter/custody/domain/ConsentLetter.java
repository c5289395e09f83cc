package id.go.spbe.datacenter.custody.domain;

import org.jspecify.annotations.Nullable;

import java.time.Instant;

/**
 * The consent letter as stored in the platform documents (D7 × SEC3): where it is, what it is (sniffed type, size,
 * SHA-256) and what its signature check found ({@code UNSIGNED}, {@code INTACT}, {@code TRUSTED}, {@code UNTRUSTED};
 * a broken one is never stored), with the signer as the certificate names them.
 */
public record ConsentLetter(String documentId, String filename, String mediaType, long sizeBytes, String sha256,
        String signatureStatus, @Nullable String signer, String uploadedBy, Instant uploadedAt) {
}
