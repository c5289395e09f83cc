package id.go.spbe.servicedesk.notification.domain;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Map;

/**
 * The words of a notification, in Bahasa Indonesia: a one-line summary for the inbox, and the e-mail's subject and
 * body with the ticket's number (the first eight characters of its id, as the SPA shows it), its title, what
 * happened and a link to the ticket's page in the SPA.
 */
public final class NotificationTexts {

    private static final Map<String, String> CLOCKS = Map.of(
            "TIME_TO_OWN", "waktu pengambilan",
            "FIRST_RESPONSE", "tanggapan pertama",
            "RESOLUTION", "penyelesaian",
            "OLA_TIER1", "OLA Tier 1",
            "OLA_TIER2", "OLA Tier 2",
            "OLA_SERVICE_CENTRE", "OLA pusat layanan");
    private static final DateTimeFormatter WHEN =
            DateTimeFormatter.ofPattern("d MMMM yyyy HH:mm", Locale.forLanguageTag("id-ID"));

    private NotificationTexts() {
    }

    /** The number users quote: the first eight characters of the id, upper case. */
    public static String ticketNumber(String ticketId) {
        return ticketId.substring(0, Math.min(8, ticketId.length())).toUpperCase(Locale.ROOT);
    }

    /** One sentence saying what happened, worded for the recipient's side of the ticket. */
    public static String summary(TicketHappening h, Relation relation, ZoneId zone) {
        String actor = h.actor() == null || "system".equals(h.actor()) ? "sistem" : h.actor();
        boolean requester = relation == Relation.REQUESTER;
        return switch (h.kind()) {
            case TICKET_OPENED -> "Tiket baru dari " + h.requesterOpd() + " masuk ke antrean Anda dan menunggu "
                    + "diambil.";
            case TICKET_ASSIGNED -> requester ? "Tiket Anda sedang ditangani oleh " + h.assignee() + "."
                    : "Tiket ditugaskan kepada Anda oleh " + actor + ".";
            case PUBLIC_COMMENT -> "Komentar baru dari " + actor + ".";
            case INTERNAL_COMMENT -> "Catatan internal baru dari " + actor + ".";
            case INFORMATION_REQUESTED -> "Petugas " + actor + " meminta informasi tambahan dari Anda. Waktu SLA "
                    + "dijeda sampai Anda menjawab dengan komentar pada tiket.";
            case TICKET_ESCALATED -> requester ? "Tiket Anda dieskalasi ke Tier 2 (Dinas) untuk ditangani lebih "
                    + "lanjut." : "Tiket dieskalasi ke Tier 2 dan menunggu diambil. Alasan: " + h.detail();
            case TICKET_RESOLVED -> "Tiket Anda telah diselesaikan oleh " + actor + ". Periksa catatan "
                    + "penyelesaiannya; tutup tiket bila sudah tuntas atau buka kembali bila belum.";
            case TICKET_REOPENED -> (requester ? "Tiket dibuka kembali oleh " + actor
                    : "Tiket yang Anda selesaikan dibuka kembali oleh " + actor) + ". Alasan: " + h.detail();
            case TICKET_CLOSED -> requester ? "Tiket Anda telah ditutup oleh " + actor + ". Bila berkenan, beri "
                    + "penilaian kepuasan atas layanan ini." : "Tiket telah ditutup oleh " + actor + ".";
            case SATISFACTION_RATED -> "Pelapor memberi penilaian kepuasan " + h.detail() + " dari 5.";
            case SLA_WARNING -> "Peringatan SLA: batas " + clock(h.detail()) + " hampir terlampaui"
                    + (h.dueAt() == null ? "." : " (jatuh tempo " + WHEN.format(h.dueAt().atZone(zone)) + " "
                    + zoneName(zone) + ").");
            case SLA_BREACHED -> "SLA terlampaui: batas " + clock(h.detail()) + " telah lewat.";
        };
    }

    public static String subject(TicketHappening h) {
        String what = switch (h.kind()) {
            case TICKET_OPENED -> "Tiket baru di antrean";
            case TICKET_ASSIGNED -> "Tiket ditugaskan";
            case PUBLIC_COMMENT -> "Komentar baru";
            case INTERNAL_COMMENT -> "Catatan internal baru";
            case INFORMATION_REQUESTED -> "Permintaan informasi";
            case TICKET_ESCALATED -> "Tiket dieskalasi ke Tier 2";
            case TICKET_RESOLVED -> "Tiket diselesaikan";
            case TICKET_REOPENED -> "Tiket dibuka kembali";
            case TICKET_CLOSED -> "Tiket ditutup";
            case SATISFACTION_RATED -> "Penilaian kepuasan";
            case SLA_WARNING -> "Peringatan SLA";
            case SLA_BREACHED -> "SLA terlampaui";
        };
        return "[Tiket " + ticketNumber(h.ticketId()) + "] " + what + ": " + oneLine(h.title());
    }

    public static String body(TicketHappening h, Relation relation, ZoneId zone, String ticketLink) {
        return """
                Yth. Bapak/Ibu,

                %s

                Nomor tiket : %s
                Judul       : %s
                OPD pelapor : %s
                Waktu       : %s %s

                Lihat tiket: %s

                Pesan ini dikirim otomatis oleh Layanan Bantuan TIK; mohon tidak membalas e-mail ini.
                """.formatted(summary(h, relation, zone), ticketNumber(h.ticketId()), oneLine(h.title()),
                h.requesterOpd(), WHEN.format(h.at().atZone(zone)), zoneName(zone), ticketLink);
    }

    private static String clock(String clock) {
        return CLOCKS.getOrDefault(clock, clock);
    }

    /** WIB, WITA or WIT for the three Indonesian zones; the zone id otherwise. */
    static String zoneName(ZoneId zone) {
        return switch (zone.getId()) {
            case "Asia/Jakarta", "Asia/Pontianak" -> "WIB";
            case "Asia/Makassar" -> "WITA";
            case "Asia/Jayapura" -> "WIT";
            default -> zone.getId();
        };
    }

    private static String oneLine(String s) {
        return s == null ? "" : s.replaceAll("[\\r\\n]+", " ").trim();
    }
}
