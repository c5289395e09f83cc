package id.go.spbe.e2e;

import id.go.spbe.dev.launcher.StackConfig;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/** The real Keycloak of the running stack: user tokens through spbe-cli, and its admin API to onboard an operator. */
final class Keycloak {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final HttpClient HTTP = HttpClient.newHttpClient();

    private final StackConfig config;

    Keycloak(StackConfig config) {
        this.config = config;
    }

    /** An access token of a realm user (password grant, dev-only client spbe-cli). */
    String token(String username, String password) {
        JsonNode reply = form(config.tokenEndpoint(), Map.of("grant_type", "password", "client_id", "spbe-cli",
                "username", username, "password", password, "scope", "openid"));
        return reply.get("access_token").asString();
    }

    String bearer(String username) {
        return "Bearer " + token(username, "demo");
    }

    /** A machine token (client credentials) of a confidential dev client. */
    String clientBearer(String clientId, String secret) {
        return "Bearer " + form(config.tokenEndpoint(), Map.of("grant_type", "client_credentials",
                "client_id", clientId, "client_secret", secret)).get("access_token").asString();
    }

    /** Creates an OPD operator in realm spbe the way Dinas would in the admin console: opd attribute + role. */
    void createOperator(String username, String opd) {
        String admin = form(config.keycloakUrl() + "/realms/master/protocol/openid-connect/token",
                Map.of("grant_type", "password", "client_id", "admin-cli", "username", config.keycloakAdminUser(),
                        "password", config.keycloakAdminPassword())).get("access_token").asString();
        String users = config.keycloakUrl() + "/admin/realms/spbe/users";
        send(admin, "POST", users, Map.of("username", username, "enabled", true, "emailVerified", true,
                "email", username + "@example.go.id", "firstName", "Operator", "lastName", opd,
                "attributes", Map.of("opd", List.of(opd)),
                "credentials", List.of(Map.of("type", "password", "value", "demo", "temporary", false))));
        String id = JSON.readTree(send(admin, "GET", users + "?exact=true&username=" + username, null))
                .get(0).get("id").asString();
        JsonNode role = JSON.readTree(send(admin, "GET",
                config.keycloakUrl() + "/admin/realms/spbe/roles/OPD_OPERATOR", null));
        send(admin, "POST", users + "/" + id + "/role-mappings/realm", List.of(role));
    }

    private static JsonNode form(String url, Map<String, String> fields) {
        String body = fields.entrySet().stream()
                .map(e -> e.getKey() + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
        HttpRequest request = HttpRequest.newBuilder(URI.create(url))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build();
        return JSON.readTree(call(request));
    }

    private static String send(String token, String method, String url, Object body) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url)).header("Authorization", "Bearer " + token)
                .header("Content-Type", "application/json")
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(body)));
        return call(request.build());
    }

    private static String call(HttpRequest request) {
        try {
            HttpResponse<String> response = HTTP.send(request, HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() >= 300) {
                throw new AssertionError("Keycloak " + request.method() + " " + request.uri() + " -> "
                        + response.statusCode() + " " + response.body());
            }
            return response.body();
        } catch (IOException e) {
            throw new AssertionError("Keycloak unreachable: " + e, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }
}
