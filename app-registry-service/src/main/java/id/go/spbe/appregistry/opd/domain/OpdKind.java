package id.go.spbe.appregistry.opd.domain;

/** Kinds of Perangkat Daerah in a kabupaten/kota (PP 18/2016). */
public enum OpdKind {
    SEKRETARIAT_DAERAH, SEKRETARIAT_DPRD, INSPEKTORAT, DINAS, BADAN, KANTOR, KECAMATAN, KELURAHAN, RSUD, UPTD, LAINNYA
}
