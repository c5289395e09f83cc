package id.go.spbe.appregistry.application.domain;

import java.util.Locale;

/**
 * How mature the software itself is, in the words of the publiccode.yml standard ({@code developmentStatus}). It is
 * what the software's makers declare, distinct from the region's registration workflow ({@link ApplicationStatus})
 * and its own development life cycle ({@link SdlcStage}): software that is stable elsewhere may be a fresh DRAFT in
 * this register. Order matters (least to most mature, then retired).
 */
public enum DevelopmentStatus {
    CONCEPT, DEVELOPMENT, BETA, STABLE, OBSOLETE;

    /** The standard's value, e.g. {@code stable}. */
    public String publiccode() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The status a publiccode.yml value names; {@code null} for anything the standard does not know. */
    public static DevelopmentStatus ofPubliccode(String value) {
        for (DevelopmentStatus status : values()) {
            if (status.publiccode().equals(value)) {
                return status;
            }
        }
        return null;
    }
}
