package id.go.spbe.datacenter.regulation;

import id.go.spbe.platform.domain.RuleViolationException;
import id.go.spbe.platform.opd.OpdReference;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

import java.util.List;

/**
 * The data-center part of the regulation profile, owned by this service.
 *
 * @param opdPlacement whether OPD must place their data and servers in the data center (D2): {@code MANDATORY} in
 *                     Rejang Lebong (p19(9)), {@code OPTIONAL} elsewhere
 * @param ownServers   who may run servers of their own, in colocation (D4): {@code MANDIRI_TIK} where the
 *                     regulation reserves it to Mandiri TIK OPD and gives the others a VPS (RL p19(10,11),
 *                     BT p16(8,9)); {@code ANY_OPD} where the regulation lets every OPD place its servers (MT p9(1))
 *                     or is silent
 * @param reportTo     to whom the yearly review of the data center's use is addressed (D5): Rejang Lebong's p19(13)
 *                     has Dinas review it every year without naming an addressee, so the profiles name the SPBE
 *                     coordination body; absent, reports fall back to {@code spbe.regulation.governance.body}
 * @param custodyConsent whether Dinas manages an OPD's data in the data center only with that OPD's recorded
 *                     consent (D7): {@code REQUIRED} where the regulation says so (RL p20(2), BT p17(2)),
 *                     {@code NOT_REQUIRED} where it is silent
 * @param datasetClassifications the security classification levels a stored dataset may carry (D8), lowest first.
 *                     The regulations ask OPD to set "klasifikasi keamanan" (RL p16(2), p31(2); BT p13(2), p27(2))
 *                     but name no levels, so the levels are profile data
 */
@ConfigurationProperties("spbe.regulation.datacenter")
public record DatacenterRegulation(@DefaultValue("OPTIONAL") Placement opdPlacement,
        @DefaultValue("ANY_OPD") OwnServers ownServers,
        @DefaultValue("NOT_REQUIRED") CustodyConsent custodyConsent,
        @DefaultValue({"BIASA", "TERBATAS", "RAHASIA", "SANGAT_RAHASIA"}) List<String> datasetClassifications,
        String reportTo) {

    public enum CustodyConsent {
        REQUIRED, NOT_REQUIRED
    }

    /** D7: whether Dinas needs the owner OPD's consent in force before acting on its data. */
    public boolean custodyConsentRequired() {
        return custodyConsent == CustodyConsent.REQUIRED;
    }

    public enum Placement {
        MANDATORY, OPTIONAL
    }

    public enum OwnServers {
        MANDIRI_TIK, ANY_OPD
    }

    /**
     * D2: the obligation a system run outside the data center is flagged with — {@code D2} where placement is
     * mandatory, none (listed without a flag) where it is optional.
     */
    public String placementObligationOutside() {
        return opdPlacement == Placement.MANDATORY ? "D2" : null;
    }

    /** D4: a Mandiri TIK OPD runs its own servers (colocation); Dinas's VPS is for the others. */
    public void requireMayRequestVps(OpdReference opd) {
        if (ownServers == OwnServers.MANDIRI_TIK && opd.mandiriTik()) {
            throw new RuleViolationException("D4", "OPD " + opd.code() + " berstatus Mandiri TIK: OPD Mandiri TIK "
                    + "mengadakan dan merawat server sendiri; ajukan kolokasi (colocation), bukan VPS.");
        }
    }

    /** D4: where the regulation reserves own servers to Mandiri TIK OPD, only they get colocation. */
    public void requireMayColocate(OpdReference opd) {
        if (ownServers == OwnServers.MANDIRI_TIK && !opd.mandiriTik()) {
            throw new RuleViolationException("D4", "Kolokasi server sendiri hanya untuk OPD Mandiri TIK; OPD "
                    + opd.code() + " mengajukan VPS yang disediakan Dinas.");
        }
    }
}
