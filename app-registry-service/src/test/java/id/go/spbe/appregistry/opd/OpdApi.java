package id.go.spbe.appregistry.opd;

import id.go.spbe.platform.test.http.TestHttp;
import id.go.spbe.platform.test.jwt.TestJwtIssuer;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

import static id.go.spbe.appregistry.AppRegistryTestSupport.admin;
import static org.assertj.core.api.Assertions.assertThat;

/** Small steps the OPD tests share: fresh codes, registering OPDs, more roles' tokens. */
final class OpdApi {

    static final String TOPIC = "spbe.app-registry.opd.v1";
    /** The test profile is rejang-lebong (WIB); decree dates are the region's calendar days. */
    static final ZoneId REGION = ZoneId.of("Asia/Jakarta");

    private final TestHttp http;

    OpdApi(TestHttp http) {
        this.http = http;
    }

    static String newCode(String prefix) {
        return prefix + "-" + UUID.randomUUID().toString().substring(0, 8).toUpperCase();
    }

    static LocalDate today() {
        return LocalDate.now(REGION);
    }

    static String coordinator() {
        return TestJwtIssuer.shared().user("koordinator").roles("COORDINATOR").bearer();
    }

    static String tier1Agent(String opd) {
        return TestJwtIssuer.shared().user("tier1." + opd.toLowerCase()).opd(opd).roles("TIER1_AGENT").bearer();
    }

    TestHttp.Reply register(String code, String name, String kind, String parentCode) {
        Map<String, Object> body = new HashMap<>(Map.of("code", code, "name", name, "kind", kind, "dinas", false));
        if (parentCode != null) {
            body.put("parentCode", parentCode);
        }
        return http.post("/api/v1/opds").auth(admin()).json(body).send();
    }

    /** Registers a top-level BADAN and returns its code. */
    String registered(String prefix) {
        String code = newCode(prefix);
        TestHttp.Reply reply = register(code, "Badan " + code, "BADAN", null);
        assertThat(reply.status()).as(reply.toString()).isEqualTo(201);
        return code;
    }

    /** Registers a SUB_UNIT under {@code parent} and returns its code. */
    String subUnit(String prefix, String parent) {
        String code = newCode(prefix);
        TestHttp.Reply reply = register(code, "Bidang " + code, "SUB_UNIT", parent);
        assertThat(reply.status()).as(reply.toString()).isEqualTo(201);
        return code;
    }

    TestHttp.Reply update(String code, String kind, boolean active, String parentCode) {
        Map<String, Object> body = new HashMap<>(Map.of("name", "Nama " + code, "kind", kind, "dinas", false,
                "active", active));
        if (parentCode != null) {
            body.put("parentCode", parentCode);
        }
        return http.put("/api/v1/opds/" + code).auth(admin()).json(body).send();
    }
}
