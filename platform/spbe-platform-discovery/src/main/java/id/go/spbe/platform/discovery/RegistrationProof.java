package id.go.spbe.platform.discovery;

import com.netflix.appinfo.InstanceInfo;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.Base64;
import java.util.Locale;

/**
 * Proves that an instance in the registry was registered by a process holding the registration secret
 * ({@code spbe.registry.registration-secret}, env {@code EUREKA_REGISTRATION_SECRET}): an HMAC-SHA256 over the
 * application name, host, port and instance id, published in the instance metadata under {@link #METADATA_KEY}.
 *
 * <p>The gateway routes only to instances whose proof verifies, so whoever reaches the registry (with or
 * without its password) cannot point a service's traffic at a listener of theirs, nor replay another
 * instance's proof for a different host or port.
 */
public final class RegistrationProof {

    /** The instance metadata entry that carries the proof. */
    public static final String METADATA_KEY = "spbe-registration-proof";
    private static final String ALGORITHM = "HmacSHA256";

    private final SecretKeySpec key;

    public RegistrationProof(String secret) {
        if (secret == null || secret.isBlank()) {
            throw new IllegalArgumentException("spbe.registry.registration-secret must not be blank");
        }
        this.key = new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), ALGORITHM);
    }

    /** The proof for a plain-HTTP instance with these coordinates (base64url, no padding). */
    public String sign(String appName, String host, int port, String instanceId) {
        return sign(appName, host, false, port, instanceId);
    }

    /**
     * The proof for an instance with these coordinates: exactly what a caller connects to (scheme, host, port)
     * and what it is listed as (application name, instance id).
     */
    public String sign(String appName, String host, boolean secure, int port, String instanceId) {
        String subject = String.join("\n", appName.toLowerCase(Locale.ROOT), host,
                (secure ? "https:" : "") + port, instanceId);
        try {
            Mac mac = Mac.getInstance(ALGORITHM);
            mac.init(key);
            return Base64.getUrlEncoder().withoutPadding()
                    .encodeToString(mac.doFinal(subject.getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is part of every Java runtime", e);
        }
    }

    /** The proof for the address a caller of this instance connects to (the secure port when it is enabled). */
    public String sign(InstanceInfo instance) {
        boolean secure = instance.isPortEnabled(InstanceInfo.PortType.SECURE);
        return sign(instance.getAppName(), instance.getHostName(), secure,
                secure ? instance.getSecurePort() : instance.getPort(), instance.getId());
    }

    /** Whether the instance carries a proof made with this secret for exactly its own coordinates. */
    public boolean verify(InstanceInfo instance) {
        String presented = instance.getMetadata() == null ? null : instance.getMetadata().get(METADATA_KEY);
        if (presented == null || instance.getAppName() == null || instance.getHostName() == null) {
            return false;
        }
        return MessageDigest.isEqual(sign(instance).getBytes(StandardCharsets.US_ASCII),
                presented.getBytes(StandardCharsets.US_ASCII));
    }
}
