package id.go.spbe.appregistry.transfer.domain;

/** Layouts of application inventories the register can import. */
public enum ImportFormat {
    /** The register's own CSV, exactly the header the export writes. */
    REGISTER_CSV,
    /** The inventory table of Pemerintah Kota Denpasar (judul, infofungsi, link, x_opd_pemilik, ...). */
    DENPASAR_INVENTORY
}
