package id.go.spbe.network.changeticket;

import org.junit.jupiter.api.Test;

import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The title of a copied change (N7 form's search, S6): taken from whichever of servicedesk's events carries it,
 * never erased by an event without one (older servicedesk events have no {@code title}), cut at servicedesk's limit.
 */
class ChangeTicketTitleTest {

    static final Instant AT = Instant.parse("2026-03-02T03:00:00Z");

    @Test
    void anOpeningWithoutTitleLeavesItUnknownAndALaterApprovalSuppliesIt_S6() {
        ChangeTicket ticket = ChangeTicket.known("t-1", "DISKOMINFO");
        ticket.openedAs(null, "JARINGAN", null, null, AT, "operator.uji");
        assertThat(ticket.title()).isNull();

        ticket.approved("  Ganti router inti  ", null, "DINAS_ADMIN", "kepala.dinas", AT.plusSeconds(60));
        assertThat(ticket.title()).isEqualTo("Ganti router inti");
    }

    @Test
    void anApprovalWithoutTitleOrWithABlankOneKeepsTheKnownTitle_S6() {
        ChangeTicket ticket = ChangeTicket.known("t-2", "DISKOMINFO");
        ticket.openedAs("Tambah VLAN tamu", "JARINGAN", null, null, AT, "operator.uji");
        ticket.approved(null, null, "DINAS_ADMIN", "kepala.dinas", AT.plusSeconds(60));
        ticket.titled("   ");
        assertThat(ticket.title()).isEqualTo("Tambah VLAN tamu");
    }

    @Test
    void aTitleLongerThanServicedesksLimitIsCutNotRefused_S6() {
        ChangeTicket ticket = ChangeTicket.known("t-3", "DISKOMINFO");
        ticket.titled("x".repeat(250));
        assertThat(ticket.title()).hasSize(ChangeTicket.TITLE_MAX);
    }
}
