package id.go.spbe.servicedesk.ticket.domain;

import id.go.spbe.platform.test.profile.RegionProfiles;
import id.go.spbe.servicedesk.roster.ServicedeskRegulation;
import id.go.spbe.servicedesk.roster.domain.ServiceDeskModel;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * S2/S3/S8 where the regulations differ, read from the shipped profile files: Rejang Lebong and Bitung have a Tier 1
 * per OPD and Tier 2 at Dinas; Manggarai Barat, Samarinda (and Maluku Tenggara, whose seed sets no tiers) run one
 * service centre, so every ticket — a security incident too — lands in the one central queue and nothing is
 * escalated.
 */
class ServiceDeskModelProfilesTest {

    static ServiceDeskModel model(String profile) {
        return RegionProfiles.bind(profile, "spbe.regulation.servicedesk", ServicedeskRegulation.class).model();
    }

    @ParameterizedTest
    @ValueSource(strings = {"rejang-lebong", "bitung"})
    void tieredRegionsRouteToTheOpdsTier1OrToTier2WithAReason_S2_S8(String profile) {
        ServiceDeskModel model = model(profile);
        assertThat(model).isEqualTo(ServiceDeskModel.TIERED);
        assertThat(Routing.decide(model, Category.JARINGAN, "DINKES", true)).isEqualTo(new Routing(Tier.TIER1, null));
        Routing uncovered = Routing.decide(model, Category.JARINGAN, "DISHUB", false);
        assertThat(uncovered.tier()).isEqualTo(Tier.TIER2);
        assertThat(uncovered.reason()).startsWith("S2:");
        Routing security = Routing.decide(model, Category.KEAMANAN, "DINKES", true);
        assertThat(security.tier()).isEqualTo(Tier.TIER2);
        assertThat(security.reason()).startsWith("S8:");
    }

    @ParameterizedTest
    @ValueSource(strings = {"manggarai-barat", "samarinda", "maluku-tenggara"})
    void serviceCentreRegionsHaveOneDeskAndNoEscalation_S2_S3(String profile) {
        ServiceDeskModel model = model(profile);
        assertThat(model).isEqualTo(ServiceDeskModel.SERVICE_CENTRE);
        for (Category category : Category.values()) {
            assertThat(Routing.decide(model, category, "DISHUB", false))
                    .isEqualTo(new Routing(Tier.SERVICE_CENTRE, null));
        }
        Ticket t = Ticket.open(new NewTicket(TicketType.GANGGUAN, Category.KEAMANAN, "Situs diretas", "x",
                Level.TINGGI, Level.TINGGI, null, null), "DINKES", "op", "PORTAL", null,
                Routing.decide(model, Category.KEAMANAN, "DINKES", false), TicketTest.NOW);
        assertThat(t.tier()).isEqualTo(Tier.SERVICE_CENTRE);
        assertThat(t.priority()).isEqualTo(Priority.KRITIS);
        assertThat(t.evidenceChecklist()).isNotEmpty();
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> t.escalate("alasan", false, "agen",
                TicketTest.NOW)).hasMessageContaining("pusat layanan");
        // the central desk is worked by its (Dinas) agents, not by an OPD's technicians
        assertThat(id.go.spbe.servicedesk.ticket.TicketAccess.works(new id.go.spbe.platform.security.Caller("s",
                "agen", "DISKOMINFO", java.util.Set.of("TIER2_AGENT"), true), t)).isTrue();
        assertThat(id.go.spbe.servicedesk.ticket.TicketAccess.works(new id.go.spbe.platform.security.Caller("s",
                "teknisi", "DINKES", java.util.Set.of("TIER1_AGENT"), false), t)).isFalse();
    }
}
