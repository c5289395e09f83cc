package id.go.spbe.network.lan.domain;

/** Who runs an OPD's LAN (N3): the OPD itself when it is Mandiri TIK, otherwise Dinas. */
public enum LanSteward {
    OPD, DINAS;

    public static LanSteward of(boolean mandiriTik) {
        return mandiriTik ? OPD : DINAS;
    }
}
