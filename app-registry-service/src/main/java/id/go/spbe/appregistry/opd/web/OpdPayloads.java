package id.go.spbe.appregistry.opd.web;

import id.go.spbe.appregistry.opd.OpdEntry;
import id.go.spbe.appregistry.opd.domain.Opd;
import id.go.spbe.appregistry.opd.domain.OpdHead;
import id.go.spbe.appregistry.opd.domain.OpdKind;
import id.go.spbe.appregistry.opd.domain.Tier1Contact;
import id.go.spbe.platform.domain.ChangeHistory;
import id.go.spbe.platform.domain.HistoryEntry;
import io.swagger.v3.oas.annotations.media.Schema;
import id.go.spbe.platform.outbox.ChangeHistoryLog;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Request and response bodies of the OPD directory API. */
final class OpdPayloads {

    static final String CODE_REGEX = "^[A-Z][A-Z0-9_-]{1,29}$";
    static final String CODE_MESSAGE = "huruf kapital, angka, '-' atau '_' (2-30 karakter)";
    /**
     * The {@code {code}} path variable, constrained to what an OPD code can be so that literal routes beside it
     * ({@code /tree}) are never taken for a code: {@code POST /opds/tree} is a 405 allowing GET only (issue 7,
     * defect 15), not a 405 listing the code routes' methods.
     */
    static final String CODE_PATH = "{code:[A-Z][A-Z0-9_-]+}";

    private OpdPayloads() {
    }

    /** {@code mandiriTik} is accepted only as false: a new OPD becomes Mandiri TIK by decree (G3). */
    record RegisterOpdRequest(
            @NotBlank @Pattern(regexp = CODE_REGEX, message = CODE_MESSAGE) String code,
            @NotBlank @Size(max = 200) String name,
            @NotNull OpdKind kind,
            boolean dinas,
            @Pattern(regexp = CODE_REGEX, message = CODE_MESSAGE) @Nullable String parentCode,
            @Nullable Boolean mandiriTik) {

        OpdEntry entry() {
            return new OpdEntry(name, kind, dinas, true, parentCode, mandiriTik);
        }
    }

    /**
     * Replaces the directory entry: an absent {@code parentCode} makes the OPD top-level. {@code mandiriTik} may be
     * echoed back from a read but not changed (G3). Head and Tier 1 contact have their own sub-resources.
     */
    record UpdateOpdRequest(
            @NotBlank @Size(max = 200) String name,
            @NotNull OpdKind kind,
            boolean dinas,
            @NotNull Boolean active,
            @Pattern(regexp = CODE_REGEX, message = CODE_MESSAGE) @Nullable String parentCode,
            @Nullable Boolean mandiriTik) {

        OpdEntry entry() {
            return new OpdEntry(name, kind, dinas, active, parentCode, mandiriTik);
        }
    }

    record HeadRequest(
            @NotBlank @Size(max = 200) String name,
            @NotBlank @Nip String nip,
            @NotBlank @Size(max = 200) String positionTitle,
            @NotNull LocalDate since) {

        OpdHead toHead() {
            return new OpdHead(name, nip, positionTitle, since);
        }
    }

    record Tier1ContactRequest(
            @NotBlank @Size(max = 200) String name,
            @NotBlank @Pattern(regexp = Tier1Contact.PHONE_REGEX,
                    message = "nomor telepon Indonesia, diawali 0 atau +62") String phone,
            @NotBlank @Size(max = 254) @Email(regexp = Tier1Contact.EMAIL_REGEX,
                    message = "alamat e-mail tidak valid") String email) {

        Tier1Contact toContact() {
            return new Tier1Contact(name, phone, email);
        }
    }

    record HeadResponse(String name, String nip, String positionTitle, LocalDate since) {

        static HeadResponse of(OpdHead head) {
            return new HeadResponse(head.name(), head.nip(), head.positionTitle(), head.since());
        }
    }

    record Tier1ContactResponse(String name, String phone, String email) {

        static Tier1ContactResponse of(Tier1Contact contact) {
            return new Tier1ContactResponse(contact.name(), contact.phone(), contact.email());
        }
    }

    record OpdResponse(String code, String name, OpdKind kind, boolean dinas, boolean mandiriTik, boolean active,
            @Nullable String parentCode, @Nullable HeadResponse head, @Nullable Tier1ContactResponse tier1Contact,
            Instant registeredAt,
            @Nullable Instant updatedAt, long version) {

        static OpdResponse of(Opd opd) {
            return new OpdResponse(opd.code(), opd.name(), opd.kind(), opd.dinas(), opd.mandiriTik(), opd.active(),
                    opd.parentCode(), opd.head().map(HeadResponse::of).orElse(null),
                    opd.tier1Contact().map(Tier1ContactResponse::of).orElse(null), opd.registeredAt(),
                    opd.updatedAt(), opd.version() == null ? 0 : opd.version());
        }
    }

    /** One OPD in the directory tree with its sub-units, each level sorted by code. */
    record OpdTreeNode(String code, String name, OpdKind kind, boolean dinas, boolean mandiriTik, boolean active,
            List<OpdTreeNode> children) {

        /**
         * Builds the forest from the whole directory, given sorted by code. An OPD whose parent is missing from the
         * list is shown as a root rather than dropped.
         */
        static List<OpdTreeNode> forest(List<Opd> byCode) {
            Map<String, List<Opd>> childrenByParent = new LinkedHashMap<>();
            Map<String, Opd> known = new LinkedHashMap<>();
            byCode.forEach(opd -> known.put(opd.code(), opd));
            List<Opd> roots = new ArrayList<>();
            for (Opd opd : byCode) {
                if (opd.parentCode() == null || !known.containsKey(opd.parentCode())) {
                    roots.add(opd);
                } else {
                    childrenByParent.computeIfAbsent(opd.parentCode(), p -> new ArrayList<>()).add(opd);
                }
            }
            return roots.stream().map(root -> node(root, childrenByParent)).toList();
        }

        private static OpdTreeNode node(Opd opd, Map<String, List<Opd>> childrenByParent) {
            List<OpdTreeNode> children = childrenByParent.getOrDefault(opd.code(), List.of()).stream()
                    .map(child -> node(child, childrenByParent)).toList();
            return new OpdTreeNode(opd.code(), opd.name(), opd.kind(), opd.dinas(), opd.mandiriTik(), opd.active(),
                    children);
        }
    }

    /** The change history of a record and whether its hash chain is intact (SEC1). */
    @Schema(name = "OpdHistoryResponse")
    record HistoryResponse(boolean intact, @Nullable Long firstBrokenSequence, List<HistoryEntry> entries) {

        static HistoryResponse of(ChangeHistoryLog.VerifiedHistory history) {
            return new HistoryResponse(history.intact(), history.firstBrokenSequence(), history.entries());
        }

        static HistoryResponse of(List<HistoryEntry> entries) {
            var broken = ChangeHistory.firstBrokenEntry(entries);
            return new HistoryResponse(broken.isEmpty(), broken.map(HistoryEntry::sequence).orElse(null), entries);
        }
    }
}
