package id.go.spbe.servicedesk.ticket.domain;

/** What the ticket is about. KEAMANAN (a security incident) skips Tier 1 (S8). */
public enum Category {
    APLIKASI, JARINGAN, INFRASTRUKTUR, PERANGKAT, AKUN_DAN_AKSES, DATA, KEAMANAN, LAINNYA
}
