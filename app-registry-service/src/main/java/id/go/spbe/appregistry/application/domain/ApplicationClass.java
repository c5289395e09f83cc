package id.go.spbe.appregistry.application.domain;

/**
 * Classes of SPBE applications (A2). Most regions use UMUM / KHUSUS; Bitung splits Khusus into Khusus Berbagi Pakai
 * (shared by more than one OPD) and Khusus PD (one OPD). The regulation profile says which are allowed.
 */
public enum ApplicationClass {
    UMUM, KHUSUS, KHUSUS_BERBAGI_PAKAI, KHUSUS_PD
}
