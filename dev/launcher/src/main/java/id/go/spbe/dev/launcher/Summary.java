package id.go.spbe.dev.launcher;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Set;

/** The block printed once everything is healthy: URLs, demo logins and an example call. */
final class Summary {

    private Summary() {
    }

    /** @param demo what the demo region loader did (null: no row) */
    static String render(StackConfig cfg, Set<Component> comps, Duration elapsed, ConsoleProgress fmt, boolean unicode,
            String demo) {
        String rule = (unicode ? "─" : "-").repeat(78);
        StringBuilder sb = new StringBuilder();
        String nl = System.lineSeparator();
        sb.append(rule).append(nl);
        sb.append(fmt.bold(String.format(" SPBE siap dalam %d s / ready in %d s   (profil %s)",
                elapsed.toSeconds(), elapsed.toSeconds(), cfg.profile()))).append(nl);
        sb.append(rule).append(nl);
        if (comps.contains(Component.GATEWAY)) {
            row(sb, "Aplikasi web / web app", cfg.gatewayUrl() + "/");
            row(sb, "Katalog publik", cfg.gatewayUrl() + "/katalog");
            row(sb, "API (gateway)", cfg.gatewayUrl() + "/api/v1/...");
            row(sb, "Katalog API / OpenAPI", cfg.gatewayUrl() + "/swagger-ui.html");
        }
        if (comps.contains(Component.KEYCLOAK)) {
            row(sb, "Keycloak admin", cfg.keycloakUrl() + "/admin   (" + cfg.keycloakAdminUser() + " / "
                    + cfg.keycloakAdminPassword() + ")");
            row(sb, "Issuer (realm spbe)", cfg.issuerUri());
        }
        if (comps.contains(Component.SERVICE_REGISTRY)) {
            row(sb, "Eureka", cfg.baseUrl(Component.SERVICE_REGISTRY));
        }
        boolean first = true;
        for (Component c : Component.services()) {
            if (comps.contains(c)) {
                row(sb, first ? "Layanan / services" : "", String.format("%-22s %s", c.id(), cfg.baseUrl(c)));
                first = false;
            }
        }
        if (comps.contains(Component.KAFKA)) {
            row(sb, "Kafka", cfg.kafkaBootstrapServers());
        }
        if (comps.contains(Component.MONGO)) {
            row(sb, "MongoDB (wire server)", "mongodb://127.0.0.1:" + cfg.port(Component.MONGO));
        }
        if (demo != null) {
            row(sb, "Region demo", demo);
        }
        row(sb, "Data", cfg.home().toString());
        row(sb, "Log", display(cfg, cfg.logDir()) + "/<komponen>.log");

        if (comps.contains(Component.KEYCLOAK)) {
            sb.append(nl).append(fmt.bold(" Login demo (kata sandi / password: " + DemoUsers.PASSWORD + ")")).append(nl);
            sb.append(String.format("   %-18s %-14s %s%n", "pengguna / user", "peran / role", "OPD"));
            for (DemoUsers.DemoUser u : DemoUsers.ALL) {
                sb.append(String.format("   %-18s %-14s %s%n", u.username(), u.role(), u.opd().isEmpty() ? "-" : u.opd()));
            }
            sb.append(nl).append(" Contoh / example:").append(nl);
            sb.append("   TOKEN=$(curl -s ").append(cfg.tokenEndpoint()).append(" \\").append(nl);
            sb.append("     -d grant_type=password -d client_id=spbe-cli -d username=operator.dinkes -d password=demo \\")
                    .append(nl);
            sb.append("     | sed -E 's/.*\"access_token\":\"([^\"]+)\".*/\\1/')").append(nl);
            if (comps.contains(Component.GATEWAY)) {
                sb.append("   curl -H \"Authorization: Bearer $TOKEN\" ").append(cfg.gatewayUrl())
                        .append("/api/v1/applications").append(nl);
            }
        }
        sb.append(nl).append(" Tekan Ctrl-C untuk menghentikan semuanya / press Ctrl-C to stop everything.").append(nl);
        sb.append(rule);
        return sb.toString();
    }

    private static void row(StringBuilder sb, String label, String value) {
        sb.append(String.format(" %-23s %s%n", label, value));
    }

    private static String display(StackConfig cfg, Path p) {
        return p.startsWith(cfg.repoRoot()) ? cfg.repoRoot().relativize(p).toString() : p.toString();
    }
}
