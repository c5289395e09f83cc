package id.go.spbe.appregistry;

import id.go.spbe.platform.test.jwt.TestJwtIssuer;

/** Tokens of the demo users, minted by the test issuer. */
public final class AppRegistryTestSupport {

    private static final TestJwtIssuer ISSUER = TestJwtIssuer.shared();

    private AppRegistryTestSupport() {
    }

    public static String admin() {
        return ISSUER.user("admin.dinas").opd("DISKOMINFO").roles("DINAS_ADMIN").bearer();
    }

    public static String operator(String opd) {
        return ISSUER.user("operator." + opd.toLowerCase()).opd(opd).roles("OPD_OPERATOR").bearer();
    }

    public static String auditor() {
        return ISSUER.user("auditor").roles("AUDITOR").bearer();
    }
}
