package id.go.spbe.monev.evaluation.domain;

/**
 * The units that coordinate the SPBE architecture domains and so assess their indicators (M3, BT p8(7), p48(2)):
 * Bagian Organisasi (business process, services), Bappeda (data and information) and Dinas (applications,
 * infrastructure, security). An evaluation maps each unit to the OPD code that holds it in the directory.
 */
public enum Unit {
    BAGIAN_ORGANISASI,
    BAPPEDA,
    DINAS
}
