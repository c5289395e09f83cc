package id.go.spbe.platform.documents;

import java.time.Instant;

/**
 * SEC1 modification detection: the expected SHA-256 and size (as recorded at deposit) against those computed now from
 * the stored bytes. {@code problem} says in Bahasa Indonesia what is wrong when not intact.
 */
public record IntegrityCheck(String id, String expectedSha256, String actualSha256, long expectedSizeBytes,
        Long actualSizeBytes, boolean intact, String problem, Instant checkedAt) {
}
