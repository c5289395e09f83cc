package id.go.spbe.datacenter.custody.domain;

/**
 * What Dinas does to an OPD's data in the data center that needs the OPD's consent (D7, RL p20(2), BT p17(2): "Dinas
 * melakukan pengelolaan data setelah mendapat persetujuan dari OPD pemilik data"). Only actions that touch the data
 * itself: provisioning a VPS the OPD asked for, approving its resize and recording its backup runs (supervision under
 * RL p21(2), BT p18(2)) do not read or destroy the OPD's data and need no consent.
 */
public enum CustodyAction {
    /** Restoring an OPD system's backup to prove it (POST /backup-policies/{id}/restore-tests). */
    RESTORE_TEST,
    /** Retiring an OPD's VPS, which destroys the data on it (POST /vps-requests/{id}/decommission). */
    DECOMMISSION_VPS,
    /** Reading the record of a dataset the OPD stores in the data center (GET /datasets/{id}). */
    DATASET_ACCESS
}
