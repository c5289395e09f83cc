package id.go.spbe.monev.framework.domain;

/**
 * The six domains of the SPBE architecture (Perpres 95/2018; BT p8(2), RL p6(5)). An indicator belongs to one, and
 * the profile names the unit that coordinates each (M3, BT p8(7)).
 */
public enum ArchitectureDomain {
    PROSES_BISNIS,
    DATA_INFORMASI,
    INFRASTRUKTUR,
    APLIKASI,
    KEAMANAN,
    LAYANAN
}
