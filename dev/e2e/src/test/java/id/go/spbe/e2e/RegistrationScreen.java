package id.go.spbe.e2e;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;

/** The registration form (/aplikasi/baru) as an operator fills it, by the labels a user reads (Bahasa Indonesia). */
final class RegistrationScreen {

    private RegistrationScreen() {
    }

    /** Everything a later submission needs (A4 licence, A11 service type, A12 function domain). */
    static void fill(Page page, String name) {
        page.getByLabel("Nama aplikasi").first().fill(name);
        page.getByLabel("Deskripsi").first().fill("Pencatatan kegiatan posyandu dan tumbuh kembang balita");
        choose(page, "Kelas aplikasi", "Aplikasi Khusus Perangkat Daerah");
        choose(page, "Jenis layanan", "Informasi");
        choose(page, "Bidang urusan", "Sektor kesehatan");
        page.keyboard().press("Escape");
        choose(page, "Lisensi", "Sumber terbuka");
        page.getByLabel("Kode lisensi SPDX").fill("EUPL-1.2");
    }

    static void send(Page page) {
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Daftarkan").setExact(true)).click();
    }

    /** A Mantine select: open it by its label, pick the option by its visible name. */
    static void choose(Page page, String label, String option) {
        page.getByRole(AriaRole.TEXTBOX, new Page.GetByRoleOptions().setName(label)).first().click();
        page.getByRole(AriaRole.OPTION, new Page.GetByRoleOptions().setName(option).setExact(true)).first().click();
    }
}
