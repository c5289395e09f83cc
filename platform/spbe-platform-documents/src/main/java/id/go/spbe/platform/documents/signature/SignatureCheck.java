package id.go.spbe.platform.documents.signature;

import java.time.Instant;

/**
 * What the signature check of one file found (SEC3). {@code signer}, {@code issuer}, {@code signedAt} and
 * {@code format} describe the latest signature (as its certificate claims when the status is UNTRUSTED);
 * {@code problem} says, in Bahasa Indonesia, why a signature is INVALID or UNTRUSTED.
 */
public record SignatureCheck(Status status, String signer, String issuer, Instant signedAt, String format,
        String problem) {

    public enum Status {
        /** No signature (a document time-stamp alone is not the signature of an official). */
        UNSIGNED,
        /**
         * Every signature is intact, but no trust anchors are configured, so trust was not decided: anybody can make
         * a self-signed certificate with any name, so INTACT is never "verified" (issue 7 defect 6).
         */
        INTACT,
        /** Every signature is intact and each signer's chain reaches a configured trust anchor. */
        TRUSTED,
        /** Every signature is intact, but a signer's chain reaches none of the configured trust anchors. */
        UNTRUSTED,
        /** A signature is broken: the bytes changed after signing, or the CMS does not verify. */
        INVALID
    }

    public static SignatureCheck unsigned() {
        return new SignatureCheck(Status.UNSIGNED, null, null, null, null, null);
    }

    public static SignatureCheck invalid(String problem) {
        return new SignatureCheck(Status.INVALID, null, null, null, null, problem);
    }

    /** Whether the signature counts as verified: intact and chained to a configured trust anchor (SEC3). */
    public boolean verified() {
        return status == Status.TRUSTED;
    }
}
