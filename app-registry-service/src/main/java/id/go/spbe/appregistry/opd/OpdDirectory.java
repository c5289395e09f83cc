package id.go.spbe.appregistry.opd;

import id.go.spbe.appregistry.opd.domain.Opd;
import id.go.spbe.appregistry.opd.domain.OpdKind;
import id.go.spbe.platform.domain.NotFoundException;
import id.go.spbe.platform.domain.RuleViolationException;
import id.go.spbe.platform.domain.StateConflictException;
import id.go.spbe.platform.web.ETags;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Service;

import java.time.Clock;
import java.util.Optional;

/** Use cases of the OPD directory (G1). Writes are for Dinas admins; the controller enforces that. */
@Service
public class OpdDirectory {

    private final OpdRepository opds;
    private final Clock clock;

    public OpdDirectory(OpdRepository opds, Clock clock) {
        this.opds = opds;
        this.clock = clock;
    }

    public Opd register(String code, String name, OpdKind kind, boolean dinas) {
        if (opds.existsById(code)) {
            throw new StateConflictException("OPD dengan kode '" + code + "' sudah terdaftar.");
        }
        if (dinas) {
            requireNoOtherDinas(code);
        }
        return opds.insert(Opd.register(code, name, kind, dinas, clock.instant()));
    }

    public Opd update(String code, String name, OpdKind kind, boolean dinas, boolean active, String ifMatch) {
        Opd opd = get(code);
        ETags.checkIfMatch(ifMatch, opd.version());
        if (dinas && !opd.dinas()) {
            requireNoOtherDinas(code);
        }
        return opd.update(name, kind, dinas, active, clock.instant()) ? opds.save(opd) : opd;
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
        return opds.findAll(page);
    }

    private void requireNoOtherDinas(String code) {
        opds.findFirstByDinasTrue().filter(other -> !other.code().equals(code)).ifPresent(other -> {
            throw new RuleViolationException("G1",
                    "Dinas pengelola TIK sudah ditetapkan (" + other.code() + "); hanya satu OPD yang dapat menjadi Dinas.");
        });
    }
}
