package id.go.spbe.appregistry.opd;

import id.go.spbe.appregistry.opd.domain.MandiriTikDecision;
import id.go.spbe.appregistry.opd.domain.MandiriTikDecree;
import id.go.spbe.appregistry.opd.domain.Opd;
import id.go.spbe.platform.domain.NotFoundException;
import id.go.spbe.platform.profile.RegionProfile;
import id.go.spbe.platform.web.ETags;
import org.springframework.stereotype.Service;

import java.time.Clock;
import java.util.List;

/**
 * Records Mandiri TIK decrees (G3, decision part; RL p52(6), BT p47(6)). The feasibility assessment and Dinas's
 * proposal live in monev-service; a decree may cite the assessment by its id. Who may decide and on which criteria
 * come from the region's regulation profile.
 */
@Service
public class MandiriTikDesignation {

    private final OpdRepository opds;
    private final OpdDirectory directory;
    private final GovernanceRules governance;
    private final RegionProfile region;
    private final Clock clock;

    MandiriTikDesignation(OpdRepository opds, OpdDirectory directory, GovernanceRules governance,
            RegionProfile region, Clock clock) {
        this.opds = opds;
        this.directory = directory;
        this.governance = governance;
        this.region = region;
        this.clock = clock;
    }

    /** Records the decree and returns the OPD with its new status; emits OpdMandiriTikDesignated. */
    public Opd decide(String code, MandiriTikDecree decree, String recordedBy, String ifMatch) {
        Opd opd = directory.get(code);
        ETags.checkIfMatch(ifMatch, opd.version());
        opd.recordMandiriTikDecision(decree, governance.mandiriTik(region.regulation()), directory.today(),
                recordedBy, clock.instant());
        return opds.save(opd);
    }

    public List<MandiriTikDecision> decisions(String code) {
        return directory.get(code).mandiriTikDecisions();
    }

    public MandiriTikDecision decision(String code, int sequence) {
        return decisions(code).stream().filter(d -> d.sequence() == sequence).findFirst()
                .orElseThrow(() -> new NotFoundException("Keputusan Mandiri TIK", code + "/" + sequence));
    }
}
