package id.go.spbe.servicedesk.sla.domain;

/** Why a date is not a working day: the SKB 3 Menteri's national holidays and cuti bersama, or a regional holiday. */
public enum DayKind {
    LIBUR_NASIONAL, CUTI_BERSAMA, LIBUR_DAERAH
}
