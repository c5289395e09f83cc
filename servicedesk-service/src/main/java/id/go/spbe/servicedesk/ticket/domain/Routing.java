package id.go.spbe.servicedesk.ticket.domain;

import id.go.spbe.servicedesk.roster.domain.ServiceDeskModel;

/**
 * Where a new ticket lands and why (S2, S8). {@code reason} is recorded on the ticket whenever it does not land in
 * its requester's Tier 1 queue, so the supervision view can say why.
 */
public record Routing(Tier tier, String reason) {

    /**
     * The routing rule: one central desk in SERVICE_CENTRE regions; otherwise a security incident goes straight to
     * Tier 2 (S8), a ticket of an OPD without a Tier 1 roster goes to Tier 2 with that reason (S2), and every other
     * ticket lands in its OPD's Tier 1 queue.
     */
    public static Routing decide(ServiceDeskModel model, Category category, String requesterOpd,
            boolean opdHasTier1Roster) {
        if (model == ServiceDeskModel.SERVICE_CENTRE) {
            return new Routing(Tier.SERVICE_CENTRE, null);
        }
        if (category == Category.KEAMANAN) {
            return new Routing(Tier.TIER2, "S8: insiden keamanan langsung ditangani Tier 2 (Dinas)");
        }
        if (!opdHasTier1Roster) {
            return new Routing(Tier.TIER2, "S2: OPD " + requesterOpd + " belum memiliki teknisi Tier 1");
        }
        return new Routing(Tier.TIER1, null);
    }
}
