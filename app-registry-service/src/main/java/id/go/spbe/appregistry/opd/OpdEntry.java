package id.go.spbe.appregistry.opd;

import id.go.spbe.appregistry.opd.domain.OpdKind;

/**
 * What a Dinas admin states about an OPD's directory entry when registering or replacing it.
 *
 * @param parentCode the OPD this one is part of, or null for a top-level OPD
 * @param mandiriTik what the client believes the Mandiri TIK status to be, or null. It is not editable here (only a
 *                   decree changes it, G3); a value that differs from the recorded status is refused rather than
 *                   silently ignored, so a client never thinks it changed it.
 */
public record OpdEntry(String name, OpdKind kind, boolean dinas, boolean active, String parentCode,
        Boolean mandiriTik) {

    /** A new, active entry without Mandiri TIK status, e.g. from the seeds. */
    public static OpdEntry of(String name, OpdKind kind, boolean dinas, String parentCode) {
        return new OpdEntry(name, kind, dinas, true, parentCode, null);
    }
}
