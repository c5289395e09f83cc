package id.go.spbe.dev.launcher;

import java.util.List;

/** The demo logins of the dev realm (dev/keycloak/spbe-realm.json); a unit test keeps both in sync. */
public final class DemoUsers {

    public static final String PASSWORD = "demo";

    /** One demo login; {@code opd} is empty for users without an OPD. */
    public record DemoUser(String username, String role, String opd) {
    }

    public static final List<DemoUser> ALL = List.of(
            new DemoUser("admin.dinas", "DINAS_ADMIN", "DISKOMINFO"),
            new DemoUser("operator.dinkes", "OPD_OPERATOR", "DINKES"),
            new DemoUser("tier1.dinkes", "TIER1_AGENT", "DINKES"),
            new DemoUser("operator.disdik", "OPD_OPERATOR", "DISDIK"),
            new DemoUser("tier2.dinas", "TIER2_AGENT", "DISKOMINFO"),
            new DemoUser("auditor", "AUDITOR", ""),
            new DemoUser("evaluator", "EVALUATOR", ""),
            new DemoUser("sekda", "COORDINATOR", ""));

    private DemoUsers() {
    }
}
