package id.go.spbe.datacenter.vps.domain;

import java.time.Instant;

/**
 * How the first credentials of a VPS reached the OPD (D4): to whom, by whom, when and by which channel. The secret
 * itself is never recorded, here or anywhere in this service (SEC1).
 */
public record CredentialHandover(String handedTo, String handedBy, Instant handedAt, Method method) {

    public enum Method {
        IN_PERSON, ENCRYPTED_EMAIL, PASSWORD_MANAGER_SHARE, SSH_PUBLIC_KEY, OTHER
    }
}
