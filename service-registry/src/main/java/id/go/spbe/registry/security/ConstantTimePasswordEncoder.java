package id.go.spbe.registry.security;

import org.springframework.security.crypto.password.PasswordEncoder;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;

/**
 * Compares the registry password in constant time without hashing it. The password is a machine secret held
 * only in memory (never in a user store that could leak), and a deliberately slow hash such as bcrypt would cost
 * tens of milliseconds of CPU on every heartbeat and registry fetch of every client.
 */
final class ConstantTimePasswordEncoder implements PasswordEncoder {

    @Override
    public String encode(CharSequence rawPassword) {
        return rawPassword.toString();
    }

    @Override
    public boolean matches(CharSequence rawPassword, String encodedPassword) {
        if (rawPassword == null || encodedPassword == null) {
            return false;
        }
        return MessageDigest.isEqual(rawPassword.toString().getBytes(StandardCharsets.UTF_8),
                encodedPassword.getBytes(StandardCharsets.UTF_8));
    }
}
