package id.go.spbe.dev.launcher;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

/** The logins the launcher prints must be the ones the dev realm really contains. */
class DemoUsersRealmTest {

    @Test
    void everyPrintedDemoUserExistsInTheRealmWithThatRoleAndOpd() throws IOException {
        Path realm = StackConfig.detectRepoRoot().resolve("dev/keycloak/spbe-realm.json");
        String json = Files.readString(realm);

        for (DemoUsers.DemoUser u : DemoUsers.ALL) {
            String block = userBlock(json, u.username());
            assertThat(block).as(u.username()).contains("\"" + u.role() + "\"");
            assertThat(block).as(u.username()).contains("\"value\": \"" + DemoUsers.PASSWORD + "\"")
                    .contains("\"temporary\": false").contains("\"emailVerified\": true");
            if (u.opd().isEmpty()) {
                assertThat(block).as(u.username()).doesNotContain("\"opd\"");
            } else {
                assertThat(block).as(u.username()).containsPattern("\"opd\": \\[\\s*\"" + u.opd() + "\"");
            }
        }
    }

    private static String userBlock(String json, String username) {
        Matcher m = Pattern.compile("\\{\\s*\"username\": \"" + Pattern.quote(username) + "\".*?\"realmRoles\": \\[[^\\]]*\\]",
                Pattern.DOTALL).matcher(json);
        assertThat(m.find()).as("user " + username + " in realm file").isTrue();
        return m.group();
    }
}
