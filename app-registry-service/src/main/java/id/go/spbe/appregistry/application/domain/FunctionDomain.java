package id.go.spbe.appregistry.application.domain;

/**
 * The SPBE service a function belongs to (A12, RL p34-36, BT p29-31): government administration areas, then public
 * services; sector services are split by the sectors RL p36(3) names. Used for filtering, reports and duplicate
 * detection (G5).
 */
public enum FunctionDomain {
    PERENCANAAN(Family.ADMINISTRASI_PEMERINTAHAN, "Perencanaan"),
    PENGANGGARAN(Family.ADMINISTRASI_PEMERINTAHAN, "Penganggaran"),
    KEUANGAN(Family.ADMINISTRASI_PEMERINTAHAN, "Keuangan"),
    PENGADAAN_BARANG_JASA(Family.ADMINISTRASI_PEMERINTAHAN, "Pengadaan barang dan jasa"),
    KEPEGAWAIAN(Family.ADMINISTRASI_PEMERINTAHAN, "Kepegawaian"),
    KEARSIPAN_DINAMIS(Family.ADMINISTRASI_PEMERINTAHAN, "Kearsipan dinamis"),
    PENGELOLAAN_BARANG_MILIK_DAERAH(Family.ADMINISTRASI_PEMERINTAHAN, "Pengelolaan barang milik daerah"),
    PENGAWASAN_INTERNAL(Family.ADMINISTRASI_PEMERINTAHAN, "Pengawasan internal pemerintah"),
    AKUNTABILITAS_KINERJA(Family.ADMINISTRASI_PEMERINTAHAN, "Akuntabilitas kinerja organisasi"),
    KINERJA_PEGAWAI(Family.ADMINISTRASI_PEMERINTAHAN, "Kinerja pegawai"),
    PENGADUAN_PELAYANAN_PUBLIK(Family.LAYANAN_PUBLIK, "Pengaduan pelayanan publik"),
    DATA_TERBUKA(Family.LAYANAN_PUBLIK, "Data terbuka"),
    JDIH(Family.LAYANAN_PUBLIK, "Jaringan dokumentasi dan informasi hukum"),
    SEKTOR_PENDIDIKAN(Family.LAYANAN_PUBLIK, "Layanan sektor pendidikan dan pengajaran"),
    SEKTOR_PEKERJAAN_USAHA(Family.LAYANAN_PUBLIK, "Layanan sektor pekerjaan dan usaha"),
    SEKTOR_TEMPAT_TINGGAL(Family.LAYANAN_PUBLIK, "Layanan sektor tempat tinggal"),
    SEKTOR_KOMUNIKASI_INFORMASI(Family.LAYANAN_PUBLIK, "Layanan sektor komunikasi dan informasi"),
    SEKTOR_LINGKUNGAN_HIDUP(Family.LAYANAN_PUBLIK, "Layanan sektor lingkungan hidup"),
    SEKTOR_KESEHATAN(Family.LAYANAN_PUBLIK, "Layanan sektor kesehatan"),
    SEKTOR_JAMINAN_SOSIAL(Family.LAYANAN_PUBLIK, "Layanan sektor jaminan sosial"),
    SEKTOR_ENERGI(Family.LAYANAN_PUBLIK, "Layanan sektor energi"),
    SEKTOR_PERBANKAN(Family.LAYANAN_PUBLIK, "Layanan sektor perbankan"),
    SEKTOR_PERHUBUNGAN(Family.LAYANAN_PUBLIK, "Layanan sektor perhubungan"),
    SEKTOR_SUMBER_DAYA_ALAM(Family.LAYANAN_PUBLIK, "Layanan sektor sumber daya alam"),
    SEKTOR_PARIWISATA(Family.LAYANAN_PUBLIK, "Layanan sektor pariwisata"),
    SEKTOR_STRATEGIS_LAINNYA(Family.LAYANAN_PUBLIK, "Layanan sektor strategis lainnya");

    /** The two kinds of SPBE services (RL p34(1)). */
    public enum Family {
        ADMINISTRASI_PEMERINTAHAN,
        LAYANAN_PUBLIK
    }

    private final Family family;
    private final String label;

    FunctionDomain(Family family, String label) {
        this.family = family;
        this.label = label;
    }

    public Family family() {
        return family;
    }

    public String label() {
        return label;
    }
}
