package id.go.spbe.network.lan;

import id.go.spbe.network.lan.domain.DeviceKind;
import id.go.spbe.network.lan.domain.LanSteward;
import id.go.spbe.platform.domain.NotFoundException;
import id.go.spbe.platform.domain.RuleViolationException;
import id.go.spbe.platform.opd.OpdReference;
import id.go.spbe.platform.opd.OpdReferences;
import id.go.spbe.platform.security.Caller;
import id.go.spbe.platform.security.Roles;
import org.springframework.stereotype.Component;

/**
 * Who runs, and so who may change, an OPD's LAN (N3, N4). The OPD's Mandiri TIK status comes from the platform's OPD
 * read model, which app-registry's {@code OpdMandiriTikDesignated} events keep current (G3), so a designation or a
 * revocation changes the answer from its next request on:
 * <ul>
 *   <li>Mandiri TIK OPD: its own operators (and machine clients) edit its LAN; Dinas does not;</li>
 *   <li>any other OPD: Dinas edits its LAN; the OPD's operators read it;</li>
 *   <li>SPECIAL devices (sensors, RFID readers…) are run by the owning OPD in either case (N4, BT p20(6)(d)).</li>
 * </ul>
 * Everybody of the OPD reads its LAN; region-wide roles read every LAN. Order of answers: another OPD's LAN is a 404
 * (no existence leak), an OPD the directory does not know a 422 G1, and a caller who may see the LAN but is not its
 * steward a 422 N3 naming who is.
 */
@Component
public class LanStewardship {

    private final OpdReferences opds;

    LanStewardship(OpdReferences opds) {
        this.opds = opds;
    }

    /** The directory's OPD, if the caller may see its LAN (404 otherwise, and for an OPD nobody knows). */
    public OpdReference requireReadable(Caller caller, String opdCode) {
        caller.requireVisible(opdCode, "Lan", opdCode);
        return opds.find(opdCode).filter(OpdReference::active).orElseThrow(() -> new NotFoundException("Lan",
                opdCode));
    }

    /** Who runs the LAN of an OPD now. */
    public LanSteward stewardOf(OpdReference opd) {
        return LanSteward.of(opd.mandiriTik());
    }

    /**
     * Checks that the caller may change the LAN of {@code opdCode} — for a record of {@code kind} when the change
     * concerns one device ({@code null} otherwise) — and returns who runs it.
     */
    public LanSteward requireMayEdit(Caller caller, String opdCode, DeviceKind kind) {
        caller.requireVisible(opdCode, "Lan", opdCode);
        OpdReference opd = opds.requireKnown(opdCode);
        LanSteward steward = stewardOf(opd);
        if (!mayEdit(caller, opd, kind)) {
            throw new RuleViolationException(kind == DeviceKind.SPECIAL ? "N4" : "N3", steward == LanSteward.OPD
                    ? "OPD " + opd.code() + " berstatus Mandiri TIK: LAN-nya dikelola operator OPD itu sendiri."
                    : "OPD " + opd.code() + " belum berstatus Mandiri TIK: LAN-nya dikelola Dinas; operator OPD "
                            + "hanya mengelola perangkat khusus (SPECIAL) miliknya.");
        }
        return steward;
    }

    /** Whether the caller may change this OPD's LAN (records of {@code kind}; {@code null}: the LAN as a whole). */
    public boolean mayEdit(Caller caller, OpdReference opd, DeviceKind kind) {
        boolean ownOperator = opd.code().equals(caller.opd())
                && (caller.hasRole(Roles.OPD_OPERATOR) || caller.hasRole(Roles.INTEGRATION));
        if (kind == DeviceKind.SPECIAL && ownOperator) {
            return true;
        }
        return opd.mandiriTik() ? ownOperator : caller.hasRole(Roles.DINAS_ADMIN);
    }

    /** The BYOD rules are the OPD's own commitment (N9): its operators acknowledge them, whoever runs the LAN. */
    public LanSteward requireMayAcknowledgeByod(Caller caller, String opdCode) {
        caller.requireVisible(opdCode, "Lan", opdCode);
        OpdReference opd = opds.requireKnown(opdCode);
        if (!opd.code().equals(caller.opd()) || !caller.hasRole(Roles.OPD_OPERATOR)) {
            throw new RuleViolationException("N9", "Kebijakan BYOD diakui oleh operator OPD " + opd.code()
                    + " sendiri.");
        }
        return stewardOf(opd);
    }
}
