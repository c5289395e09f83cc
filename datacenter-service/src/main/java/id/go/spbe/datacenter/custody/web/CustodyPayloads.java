package id.go.spbe.datacenter.custody.web;

import id.go.spbe.datacenter.custody.domain.ConsentLetter;
import id.go.spbe.datacenter.custody.domain.CustodyAction;
import id.go.spbe.datacenter.custody.domain.CustodyConsent;
import id.go.spbe.datacenter.custody.domain.CustodyTarget;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/** Request and response bodies of data-custody consents (D7). */
final class CustodyPayloads {

    private CustodyPayloads() {
    }

    record TargetForm(@NotNull CustodyTarget.Kind kind, @NotBlank @Size(max = 64) String id) {

        CustodyTarget toTarget() {
            return new CustodyTarget(kind, id.trim());
        }
    }

    /** The owner OPD is the caller's; {@code targets} may be empty only when {@code allSystems} is true. */
    record GrantForm(@NotEmpty @Size(max = 3) Set<@NotNull CustodyAction> actions, @Nullable Boolean allSystems,
            @Size(max = 100) @Nullable List<@Valid @NotNull TargetForm> targets, @NotNull LocalDate validFrom,
            @NotNull LocalDate validUntil, @Size(max = 120) @Nullable String letterNumber,
            @Size(max = 2000) @Nullable String notes) {

        boolean coversAll() {
            return Boolean.TRUE.equals(allSystems);
        }

        List<CustodyTarget> scope() {
            return targets == null ? List.of() : targets.stream().map(TargetForm::toTarget).toList();
        }
    }

    record RevokeForm(@NotBlank @Size(max = 2000) String reason) {
    }

    /** Where a consent stands today: {@code PENDING} before its period, {@code EXPIRED} after it. */
    enum Standing {
        PENDING, IN_FORCE, EXPIRED, REVOKED
    }

    record ConsentResponse(String id, String opd, List<CustodyAction> actions, boolean allSystems,
            List<CustodyTarget> targets, LocalDate validFrom, LocalDate validUntil, @Nullable String letterNumber,
            @Nullable String notes, CustodyConsent.Status status, Standing standing, String grantedBy,
            Instant grantedAt, @Nullable String revokeReason, @Nullable String revokedBy,
            @Nullable Instant revokedAt, @Nullable ConsentLetter letter, long version) {

        static ConsentResponse of(CustodyConsent c, LocalDate today) {
            Standing standing = c.status() == CustodyConsent.Status.REVOKED ? Standing.REVOKED
                    : c.status() == CustodyConsent.Status.EXPIRED ? Standing.EXPIRED
                    : today.isBefore(c.validFrom()) ? Standing.PENDING
                    : today.isAfter(c.validUntil()) ? Standing.EXPIRED : Standing.IN_FORCE;
            return new ConsentResponse(c.id(), c.opd(), c.actions().stream().sorted().toList(), c.allSystems(),
                    c.targets(), c.validFrom(), c.validUntil(), c.letterNumber(), c.notes(), c.status(), standing,
                    c.grantedBy(), c.grantedAt(), c.revokeReason(), c.revokedBy(), c.revokedAt(), c.letter(),
                    Objects.requireNonNullElse(c.version(), 0L));
        }
    }
}
