package id.go.spbe.monev.planning.domain;

/** The SPBE planning documents a region keeps (G4). */
public enum PlanningKind {
    /** Arsitektur SPBE Pemerintah Daerah (RL p7-8, BT p8). */
    ARSITEKTUR,
    /** Peta Rencana SPBE, the roadmap (RL p10-11, BT p9). */
    PETA_RENCANA,
    /** Rencana Induk SPBE, the master plan (BT p7, MB, SM). */
    RENCANA_INDUK
}
