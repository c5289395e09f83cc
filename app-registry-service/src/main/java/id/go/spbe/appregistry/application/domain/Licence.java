package id.go.spbe.appregistry.application.domain;

import org.jspecify.annotations.Nullable;

/**
 * How the application is licensed (A4): open source is preferred; closed source needs Dinas's consideration before
 * it can be recommended. {@code spdxId} names the licence where known (e.g. "EUPL-1.2", "LicenseRef-Proprietary").
 */
public record Licence(Kind kind, @Nullable String spdxId) {

    public enum Kind {
        OPEN_SOURCE,
        CLOSED_SOURCE
    }

    public boolean closedSource() {
        return kind == Kind.CLOSED_SOURCE;
    }
}
