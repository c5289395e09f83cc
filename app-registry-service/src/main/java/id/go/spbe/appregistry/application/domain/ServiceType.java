package id.go.spbe.appregistry.application.domain;

/** Jenis layanan an application provides (A11, MB/SM p22), from least to most integrated. */
public enum ServiceType {
    INFORMASI,
    INTERAKSI,
    TRANSAKSI,
    KOLABORASI,
    OPTIMALISASI
}
