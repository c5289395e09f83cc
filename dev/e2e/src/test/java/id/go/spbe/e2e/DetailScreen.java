package id.go.spbe.e2e;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import id.go.spbe.dev.launcher.demo.DemoDocuments;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

/** The application detail page (/aplikasi/:id): its tabs, the workflow buttons, the document upload. */
final class DetailScreen {

    private DetailScreen() {
    }

    static void openTab(Page page, String name) {
        page.getByRole(AriaRole.TAB, new Page.GetByRoleOptions().setName(name)).click();
    }

    /** Uploads one document on the Dokumen tab and waits for the server's confirmation. */
    static void uploadDocument(Page page, String kindLabel, DemoDocuments.DemoFile file) {
        openTab(page, "Dokumen");
        RegistrationScreen.choose(page, "Jenis dokumen", kindLabel);
        page.locator("input[type=file]").setInputFiles(WebApplicationIT.payload(file));
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Unggah").setExact(true)).click();
        assertThat(page.getByRole(AriaRole.STATUS).filter(new Locator.FilterOptions().setHasText("Terunggah")))
                .isVisible();
    }

    /** Presses a workflow button (only those the caller may press are shown) and confirms it in its dialog. */
    static void press(Page page, String action) {
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName(action).setExact(true)).click();
        Locator dialog = page.getByRole(AriaRole.DIALOG);
        dialog.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName(action).setExact(true)).click();
        assertThat(dialog).hasCount(0);
    }

    static void expectStatus(Page page, String status) {
        assertThat(page.getByTestId("application-status").first()).hasText(status);
    }
}
