package id.go.spbe.servicedesk.ticket.domain;

/**
 * Ticket priority, derived from impact × urgency (the ITIL matrix) so two agents never rate the same case
 * differently:
 * <pre>
 *                  urgency TINGGI   SEDANG   RENDAH
 *   impact TINGGI          KRITIS   TINGGI   SEDANG
 *          SEDANG          TINGGI   SEDANG   RENDAH
 *          RENDAH          SEDANG   RENDAH   RENDAH
 * </pre>
 * A security incident is always KRITIS (S8).
 */
public enum Priority {
    KRITIS, TINGGI, SEDANG, RENDAH;

    public static Priority of(Level impact, Level urgency) {
        int score = impact.ordinal() + urgency.ordinal(); // 0 = both TINGGI … 4 = both RENDAH
        return switch (score) {
            case 0 -> KRITIS;
            case 1 -> TINGGI;
            case 2 -> SEDANG;
            default -> RENDAH;
        };
    }
}
