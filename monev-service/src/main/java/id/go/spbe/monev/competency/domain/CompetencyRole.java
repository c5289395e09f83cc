package id.go.spbe.monev.competency.domain;

/**
 * ICT competencies the regulations name for Dinas staff (M5; MT p24(8): analis sistem, pengelola jaringan, pengelola
 * layanan web, pemrogram, staf dukungan teknis). Which ones a region requires comes from its profile.
 */
public enum CompetencyRole {
    SYSTEM_ANALYST,
    NETWORK_ENGINEER,
    HOSTING_ENGINEER,
    PROGRAMMER,
    TECHNICAL_SUPPORT
}
