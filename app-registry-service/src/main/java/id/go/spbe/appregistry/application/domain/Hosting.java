package id.go.spbe.appregistry.application.domain;

import org.jspecify.annotations.Nullable;

/**
 * Where the application runs. {@code reference} points at the hosting record in its owning service (a VPS or
 * colocation id in datacenter-service) or names the provider for national or third-party hosting.
 */
public record Hosting(Kind kind, @Nullable String reference) {

    public enum Kind {
        PUSAT_DATA_VPS,
        PUSAT_DATA_COLOKASI,
        PUSAT_DATA_NASIONAL,
        INSTANSI_PUSAT,
        PIHAK_KETIGA,
        BELUM_DITENTUKAN
    }
}
