package id.go.spbe.appregistry.opd;

import id.go.spbe.appregistry.opd.domain.Opd;
import id.go.spbe.appregistry.opd.domain.OpdHead;
import id.go.spbe.appregistry.opd.domain.OpdKind;
import id.go.spbe.appregistry.opd.domain.Tier1Contact;
import id.go.spbe.platform.domain.NotFoundException;
import id.go.spbe.platform.domain.RuleViolationException;
import id.go.spbe.platform.domain.StateConflictException;
import id.go.spbe.platform.problem.InvalidRequestException;
import id.go.spbe.platform.profile.RegionProfile;
import id.go.spbe.platform.web.ETags;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Service;

import java.time.Clock;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** Use cases of the OPD directory (G1). Writes are for Dinas admins; the controller enforces that. */
@Service
public class OpdDirectory {

    private static final Sort BY_CODE = Sort.by("code");

    private final OpdRepository opds;
    private final Clock clock;
    private final RegionProfile region;

    public OpdDirectory(OpdRepository opds, Clock clock, RegionProfile region) {
        this.opds = opds;
        this.clock = clock;
        this.region = region;
    }

    public Opd register(String code, String name, OpdKind kind, boolean dinas) {
        return register(code, OpdEntry.of(name, kind, dinas, null));
    }

    /**
     * Registers an OPD, optionally as part of an active parent OPD (G1). A new OPD is active and not Mandiri TIK;
     * only a decree makes it so (G3).
     */
    public Opd register(String code, OpdEntry entry) {
        if (opds.existsById(code)) {
            throw new StateConflictException("OPD dengan kode '" + code + "' sudah terdaftar.");
        }
        refuseMandiriTikEdit(entry.mandiriTik(), false);
        if (entry.dinas()) {
            requireNoOtherDinas(code);
        }
        if (entry.parentCode() != null && !entry.parentCode().equals(code)) {
            requireActive(entry.parentCode());
        }
        return opds.insert(Opd.register(code, entry.name(), entry.kind(), entry.dinas(), entry.parentCode(),
                clock.instant()));
    }

    /**
     * Replaces the directory entry of {@code code}. A new parent must be active and must not lie below the OPD itself
     * (no cycles); an OPD with active sub-units stays active, so no active OPD hangs under an inactive one (G1).
     */
    public Opd update(String code, OpdEntry entry, String ifMatch) {
        Opd opd = get(code);
        ETags.checkIfMatch(ifMatch, opd.version());
        refuseMandiriTikEdit(entry.mandiriTik(), opd.mandiriTik());
        if (entry.dinas() && !opd.dinas()) {
            requireNoOtherDinas(code);
        }
        String parentCode = entry.parentCode();
        // A parent equal to the OPD itself is refused by the aggregate with its own message.
        if (parentCode != null && !parentCode.equals(opd.parentCode()) && !parentCode.equals(code)) {
            requireActive(parentCode);
            requireNotBelow(parentCode, code);
        }
        if (!entry.active() && opd.active() && opds.existsByParentCodeAndActiveTrue(code)) {
            throw new RuleViolationException("G1", "OPD '" + code + "' masih memiliki sub-unit aktif; nonaktifkan atau "
                    + "pindahkan sub-unitnya terlebih dahulu.");
        }
        boolean changed = opd.update(entry.name(), entry.kind(), entry.dinas(), entry.active(), parentCode,
                clock.instant());
        return changed ? opds.save(opd) : opd;
    }

    /** Records who heads the OPD; the start date cannot lie ahead (region's calendar). */
    public Opd appointHead(String code, OpdHead head, String ifMatch) {
        Opd opd = get(code);
        ETags.checkIfMatch(ifMatch, opd.version());
        if (head.since().isAfter(today())) {
            throw new InvalidRequestException("Tanggal mulai menjabat (since) " + head.since()
                    + " belum terjadi.");
        }
        return opd.appointHead(head, clock.instant()) ? opds.save(opd) : opd;
    }

    /** Records the OPD's Tier 1 service-desk contact (S2). */
    public Opd assignTier1Contact(String code, Tier1Contact contact, String ifMatch) {
        Opd opd = get(code);
        ETags.checkIfMatch(ifMatch, opd.version());
        return opd.assignTier1Contact(contact, clock.instant()) ? opds.save(opd) : opd;
    }

    public Opd get(String code) {
        return opds.findById(code).orElseThrow(() -> new NotFoundException("OPD", code));
    }

    public Optional<Opd> find(String code) {
        return code == null ? Optional.empty() : opds.findById(code);
    }

    /** The OPD with this code if it exists and is active; otherwise a G1 rule violation (422). */
    public Opd requireActive(String code) {
        return find(code).filter(Opd::active).orElseThrow(() -> new RuleViolationException("G1",
                "OPD '" + code + "' tidak terdaftar atau tidak aktif di direktori OPD."));
    }

    public Page<Opd> list(Pageable page) {
        return list(OpdFilter.none(), page);
    }

    public Page<Opd> list(OpdFilter filter, Pageable page) {
        if (filter.text() != null && filter.text().length() > OpdFilter.MAX_TEXT_LENGTH) {
            throw new InvalidRequestException("Teks pencarian (q) paling banyak " + OpdFilter.MAX_TEXT_LENGTH
                    + " karakter.");
        }
        return opds.search(filter, page);
    }

    /** The direct sub-units of an OPD, by code. */
    public List<Opd> children(String code) {
        get(code);
        return opds.findByParentCode(code, BY_CODE);
    }

    /** The whole directory by code, for building the tree; a region has tens to a few hundred OPDs. */
    public List<Opd> all() {
        return opds.findAll(BY_CODE);
    }

    LocalDate today() {
        return LocalDate.now(clock.withZone(region.region().timeZone()));
    }

    private static void refuseMandiriTikEdit(Boolean requested, boolean current) {
        if (requested != null && requested != current) {
            throw new RuleViolationException("G3", "Status Mandiri TIK hanya berubah melalui keputusan penetapan "
                    + "(POST /api/v1/opds/{code}/mandiri-tik-decisions), tidak melalui perubahan data OPD.");
        }
    }

    private void requireNoOtherDinas(String code) {
        opds.findFirstByDinasTrue().filter(other -> !other.code().equals(code)).ifPresent(other -> {
            throw new RuleViolationException("G1",
                    "Dinas pengelola TIK sudah ditetapkan (" + other.code() + "); hanya satu OPD yang dapat menjadi Dinas.");
        });
    }

    /** Walks up from the proposed parent; meeting {@code code} on the way would close a cycle. */
    private void requireNotBelow(String proposedParent, String code) {
        Set<String> seen = new HashSet<>();
        String current = proposedParent;
        while (current != null && seen.add(current)) {
            if (current.equals(code)) {
                throw new RuleViolationException("G1", "OPD '" + proposedParent + "' berada di bawah OPD '" + code
                        + "'; menjadikannya induk akan membentuk siklus dalam struktur OPD.");
            }
            current = find(current).map(Opd::parentCode).orElse(null);
        }
    }
}
