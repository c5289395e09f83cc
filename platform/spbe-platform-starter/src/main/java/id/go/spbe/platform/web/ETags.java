package id.go.spbe.platform.web;

import id.go.spbe.platform.problem.PreconditionFailedException;

/**
 * The aggregate version as an HTTP entity tag. Writes that send {@code If-Match} are checked against the current
 * version (412 when stale); the repository's optimistic lock still catches races between check and write (409).
 */
public final class ETags {

    private ETags() {
    }

    public static String of(Long version) {
        return "\"" + (version == null ? 0 : version) + "\"";
    }

    /** Throws 412 when {@code ifMatch} is present and names another version; {@code *} matches any. */
    public static void checkIfMatch(String ifMatch, Long currentVersion) {
        if (ifMatch == null || ifMatch.isBlank() || ifMatch.trim().equals("*")) {
            return;
        }
        String current = of(currentVersion);
        for (String candidate : ifMatch.split(",")) {
            String tag = candidate.trim();
            if (tag.startsWith("W/")) {
                tag = tag.substring(2);
            }
            if (tag.equals(current)) {
                return;
            }
        }
        throw new PreconditionFailedException(
                "Versi data " + ifMatch.trim() + " sudah tidak berlaku; versi saat ini " + current + ".");
    }
}
