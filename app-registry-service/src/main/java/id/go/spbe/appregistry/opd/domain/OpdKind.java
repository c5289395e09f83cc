package id.go.spbe.appregistry.opd.domain;

/**
 * Kinds of Perangkat Daerah in a kabupaten/kota (PP 18/2016), plus the units inside them that the directory also
 * lists: a unit kerja (e.g. a bagian of the Sekretariat Daerah) and a sub-unit (e.g. a bidang or a puskesmas network)
 * exist only as part of another OPD.
 */
public enum OpdKind {
    SEKRETARIAT_DAERAH, SEKRETARIAT_DPRD, INSPEKTORAT, DINAS, BADAN, KANTOR, KECAMATAN, KELURAHAN, RSUD, UPTD, LAINNYA,
    UNIT_KERJA, SUB_UNIT;

    /** Whether an OPD of this kind is by nature part of another one and so cannot stand at the top of the tree. */
    public boolean requiresParent() {
        return this == UNIT_KERJA || this == SUB_UNIT;
    }
}
