package id.go.spbe.datacenter.vps.web;

import id.go.spbe.datacenter.vps.domain.CredentialHandover;
import id.go.spbe.datacenter.vps.domain.Decision;
import id.go.spbe.datacenter.vps.domain.Provisioning;
import id.go.spbe.datacenter.vps.domain.ResizeRequest;
import id.go.spbe.datacenter.vps.domain.VpsRequest;
import id.go.spbe.datacenter.vps.domain.VpsSpec;
import id.go.spbe.datacenter.vps.domain.VpsStatus;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;

import java.time.Instant;
import java.time.LocalDate;

/** Request and response bodies of the VPS API (D4). No body carries or returns a credential. */
final class VpsPayloads {

    static final String HOSTNAME = "^(?=.{1,253}$)[a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?(\\.[a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?)*$";
    static final String IP = "^(((25[0-5]|2[0-4]\\d|1\\d\\d|[1-9]?\\d)\\.){3}(25[0-5]|2[0-4]\\d|1\\d\\d|[1-9]?\\d)"
            + "|[0-9a-fA-F]{0,4}(:[0-9a-fA-F]{0,4}){2,7})$";
    static final String CODE = "^[A-Z][A-Z0-9_-]{1,29}$";

    private VpsPayloads() {
    }

    /** The typed request form: resources, OS image from the catalogue, purpose, the registered application (A1). */
    record VpsRequestForm(@Pattern(regexp = CODE, message = "kode OPD") @Nullable String opd,
            @NotBlank @Size(max = 64) String applicationId,
            @NotNull @Min(1) @Max(128) Integer vcpu, @NotNull @Min(1) @Max(2048) Integer ramGib,
            @NotNull @Min(10) @Max(65_536) Integer diskGib, @NotBlank @Size(max = 40) String osImage,
            @NotBlank @Size(max = 2000) String purpose, @Min(1) @Max(120) @Nullable Integer termMonths) {

        VpsSpec spec() {
            return new VpsSpec(vcpu, ramGib, diskGib, osImage);
        }
    }

    record ApproveForm(@Pattern(regexp = CODE, message = "kode pusat data") @Nullable String dataCenter,
            @Size(max = 2000) @Nullable String note) {
    }

    record ReasonForm(@NotBlank @Size(max = 2000) String reason) {
    }

    /** What Dinas set up, and how the first credentials reached the OPD — never the credentials themselves. */
    record ProvisionForm(@NotBlank @Pattern(regexp = HOSTNAME, message = "nama host (huruf kecil, angka, -, .)")
            String hostname, @NotBlank @Pattern(regexp = IP, message = "alamat IPv4 atau IPv6") String ipAddress,
            @Valid @NotNull HandoverForm handover) {
    }

    record HandoverForm(@NotBlank @Size(max = 200) String handedTo, @NotNull CredentialHandover.Method method,
            @Nullable Instant handedAt) {
    }

    record RenewForm(@NotNull LocalDate until) {
    }

    record ResizeForm(@NotNull @Min(1) @Max(128) Integer vcpu, @NotNull @Min(1) @Max(2048) Integer ramGib,
            @NotNull @Min(10) @Max(65_536) Integer diskGib, @NotBlank @Size(max = 2000) String reason) {
    }

    record StepView(String by, Instant at, @Nullable String note) {

        static @Nullable StepView of(@Nullable Decision d) {
            return d == null ? null : new StepView(d.by(), d.at(), d.note());
        }
    }

    /** The provisioned machine and the credential hand-over: who, when, how. */
    record ProvisioningView(String hostname, String ipAddress, String handedTo,
            CredentialHandover.Method handoverMethod, String handedBy, Instant handedAt, String provisionedBy,
            Instant provisionedAt) {

        static @Nullable ProvisioningView of(@Nullable Provisioning p) {
            return p == null ? null : new ProvisioningView(p.hostname(), p.ipAddress(), p.handover().handedTo(),
                    p.handover().method(), p.handover().handedBy(), p.handover().handedAt(), p.provisionedBy(),
                    p.provisionedAt());
        }
    }

    record ResizeView(int vcpu, int ramGib, int diskGib, String reason, String requestedBy, Instant requestedAt) {

        static @Nullable ResizeView of(@Nullable ResizeRequest r) {
            return r == null ? null : new ResizeView(r.vcpu(), r.ramGib(), r.diskGib(), r.reason(), r.requestedBy(),
                    r.requestedAt());
        }
    }

    record VpsResponse(String id, String opd, String applicationId, String applicationName, int vcpu, int ramGib,
            int diskGib, String osImage, String purpose, int termMonths, VpsStatus status,
            @Nullable String dataCenter, @Nullable LocalDate expiresOn, StepView submission,
            @Nullable StepView approval, @Nullable StepView rejection, @Nullable ProvisioningView provisioning,
            @Nullable StepView activation, @Nullable StepView decommissioning, @Nullable ResizeView pendingResize,
            Instant updatedAt) {

        static VpsResponse of(VpsRequest v) {
            return new VpsResponse(v.id(), v.opd(), v.applicationId(), v.applicationName(), v.spec().vcpu(),
                    v.spec().ramGib(), v.spec().diskGib(), v.spec().osImage(), v.purpose(), v.termMonths(),
                    v.status(), v.dataCenter(), v.expiresOn(), StepView.of(v.submission()),
                    StepView.of(v.approval()), StepView.of(v.rejection()), ProvisioningView.of(v.provisioning()),
                    StepView.of(v.activation()), StepView.of(v.decommissioning()), ResizeView.of(v.pendingResize()),
                    v.updatedAt());
        }
    }
}
