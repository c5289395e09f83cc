package id.go.spbe.datacenter.custody;

import id.go.spbe.datacenter.custody.domain.CustodyAction;
import id.go.spbe.datacenter.custody.domain.CustodyConsent;
import id.go.spbe.datacenter.custody.domain.CustodyTarget;
import id.go.spbe.datacenter.regulation.DatacenterRegulation;
import id.go.spbe.platform.profile.RegionProfile;
import id.go.spbe.platform.security.Caller;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;

/**
 * D7 at the point of action: before Dinas does something to an OPD's data (see {@link CustodyAction}), a consent of
 * that OPD in force today must cover the action and the system. An OPD acting on its own data needs none, and in
 * regions whose regulation has no such rule ({@code custody-consent: NOT_REQUIRED}) nothing is checked.
 */
@Service
public class CustodyGuard {

    private final CustodyConsentRepository consents;
    private final DatacenterRegulation regulation;
    private final ApplicationEventPublisher notices;
    private final ZoneId zone;
    private final Clock clock;

    CustodyGuard(CustodyConsentRepository consents, DatacenterRegulation regulation,
            ApplicationEventPublisher notices, RegionProfile region, Clock clock) {
        this.consents = consents;
        this.regulation = regulation;
        this.notices = notices;
        this.zone = region.region().timeZone();
        this.clock = clock;
    }

    /**
     * The consent under which {@code caller} may do {@code action} to any of {@code systems} of {@code ownerOpd};
     * empty when none is needed (own data, or the rule is off in this region).
     *
     * @throws ConsentRequiredException (403, D7) when a consent is needed and none in force covers the action
     */
    public Optional<CustodyConsent> require(Caller caller, String ownerOpd, CustodyAction action,
            List<CustodyTarget> systems) {
        if (ownerOpd.equals(caller.opd())) {
            return Optional.empty();
        }
        Instant now = clock.instant();
        if (!regulation.custodyConsentRequired()) {
            notices.publishEvent(new CustodyActionTaken(ownerOpd, action, systems, caller.username(), caller.opd(),
                    true, null, now));
            return Optional.empty();
        }
        LocalDate today = LocalDate.ofInstant(now, zone);
        Optional<CustodyConsent> consent = consents.findByOpdAndStatus(ownerOpd, CustodyConsent.Status.GRANTED)
                .stream().filter(c -> c.covers(action, systems, today)).findFirst();
        notices.publishEvent(new CustodyActionTaken(ownerOpd, action, systems, caller.username(), caller.opd(),
                consent.isPresent(), consent.map(CustodyConsent::id).orElse(null), now));
        if (consent.isEmpty()) {
            throw new ConsentRequiredException("OPD " + ownerOpd + " belum memberikan persetujuan yang berlaku hari "
                    + "ini (" + today + ") bagi Dinas untuk tindakan " + action + " atas data ini (D7: Dinas "
                    + "mengelola data setelah mendapat persetujuan OPD pemilik data).");
        }
        return consent;
    }
}
