package id.go.spbe.datacenter.osimage.web;

import id.go.spbe.datacenter.osimage.domain.OsImage;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;

/** Request and response bodies of the OS image catalogue (D4). */
final class OsImagePayloads {

    /** Lower-case code a VPS request names, e.g. {@code ubuntu-24.04}. */
    static final String CODE = "^[a-z0-9][a-z0-9._-]{1,39}$";

    private OsImagePayloads() {
    }

    record OsImageAddForm(@NotBlank @Pattern(regexp = CODE, message = "huruf kecil, angka, titik, garis; 2–40 karakter")
            String code, @NotBlank @Size(max = 100) String name, @NotBlank @Size(max = 40) String version,
            @NotNull OsImage.Family family, @Nullable LocalDate endOfSupport) {
    }

    record OsImageUpdateForm(@NotBlank @Size(max = 100) String name, @NotBlank @Size(max = 40) String version,
            @NotNull OsImage.Family family, @Nullable LocalDate endOfSupport) {
    }

    record OsImageRetireForm(@NotBlank @Size(max = 2000) String reason) {
    }

    /**
     * {@code revision}: the number of the image's ETag, sent back as If-Match ({@code version} is the OS release).
     * {@code supportEnded}: the vendor's support ended before today (region calendar); no new VPS from it. */
    record OsImageResponse(String code, String name, String version, OsImage.Family family,
            @Nullable LocalDate endOfSupport, boolean supportEnded, OsImage.Status status, String addedBy,
            Instant addedAt, Instant updatedAt, @Nullable String retireReason, @Nullable String retiredBy,
            @Nullable Instant retiredAt, long revision) {

        static OsImageResponse of(OsImage i, LocalDate today) {
            return new OsImageResponse(i.code(), i.name(), i.release(), i.family(), i.endOfSupport(),
                    i.supportEnded(today), i.status(), i.addedBy(), i.addedAt(), i.updatedAt(), i.retireReason(),
                    i.retiredBy(), i.retiredAt(), Objects.requireNonNullElse(i.version(), 0L));
        }
    }
}
