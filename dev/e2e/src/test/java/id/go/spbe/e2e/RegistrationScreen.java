package id.go.spbe.e2e;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;

import java.util.regex.Pattern;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

/** The registration form (/aplikasi/baru) as an operator fills it, by the labels a user reads (Bahasa Indonesia). */
final class RegistrationScreen {

    private RegistrationScreen() {
    }

    /** Everything a later submission needs (A4 licence, A11 service type, A12 function domain). */
    static void fill(Page page, String name) {
        // The description first: the duplicate search starts from the name, and then runs once with both.
        page.getByLabel("Deskripsi").first().fill("Pencatatan kegiatan posyandu dan tumbuh kembang balita");
        page.getByLabel("Nama aplikasi").first().fill(name);
        // G5: likely duplicates across OPDs show while typing; wait for the verdict, so the form stops moving.
        Locator verdict = page.getByTestId("duplicate-candidates").getByRole(AriaRole.STATUS);
        assertThat(verdict).hasText(Pattern.compile("Tidak ada aplikasi serupa|aplikasi serupa ditemukan"));
        choose(page, "Kelas aplikasi", "Aplikasi Khusus"); // the classes the region's regulation knows (A2)
        choose(page, "Jenis layanan", "Informasi");
        choose(page, "Bidang urusan", "Sektor kesehatan");
        page.keyboard().press("Escape");
        choose(page, "Lisensi", "Sumber terbuka");
        page.getByLabel("Kode lisensi SPDX").fill("EUPL-1.2");
    }

    static void send(Page page) {
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Daftarkan").setExact(true)).click();
    }

    /**
     * A select (combobox) or a multi-select (textbox): open it by its label, pick the option by its visible name. A
     * click that lands while the form still moves (the duplicate candidates appear as the name is typed) may miss the
     * box, so the list is awaited and the click repeated once.
     */
    static void choose(Page page, String label, String option) {
        Locator box = page.getByRole(AriaRole.COMBOBOX, new Page.GetByRoleOptions().setName(label))
                .or(page.getByRole(AriaRole.TEXTBOX, new Page.GetByRoleOptions().setName(label))).first();
        Locator choice = page.getByRole(AriaRole.OPTION, new Page.GetByRoleOptions().setName(option).setExact(true))
                .first();
        box.scrollIntoViewIfNeeded();
        box.click();
        try {
            choice.waitFor(new Locator.WaitForOptions().setTimeout(3_000));
        } catch (com.microsoft.playwright.TimeoutError missed) {
            box.click();
        }
        choice.click();
    }
}
