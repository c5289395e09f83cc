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

    /** The proof for an instance with these coordinates (base64url, no padding). */
    public String sign(String appName, String host, int port, String instanceId) {
        String subject = String.join("\n", appName.toLowerCase(Locale.ROOT), host, Integer.toString(port),
                instanceId);
        try {
            Mac mac = Mac.getInstance(ALGORITHM);
            mac.init(key);
            return Base64.getUrlEncoder().withoutPadding()
                    .encodeToString(mac.doFinal(subject.getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is part of every Java runtime", e);
        }
    }

    public String sign(InstanceInfo instance) {
        return sign(instance.getAppName(), instance.getHostName(), instance.getPort(), instance.getId());
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
