package id.go.spbe.dev.launcher;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Comparator;
import java.util.Optional;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

/** Unpacks the Keycloak server distribution into the home folder once, and puts the realm file in place. */
final class KeycloakInstaller {

    /** Written after the first successful start; its absence means the next start re-augments (slow). */
    static final String STARTED_MARKER = ".spbe-started";

    private KeycloakInstaller() {
    }

    static boolean isInstalled(StackConfig config) {
        return Files.isRegularFile(config.keycloakDir().resolve("bin/kc.sh"));
    }

    /** The distribution zip: the launcher build's copy, else the local Maven repository. */
    static Optional<Path> findZip(StackConfig config) {
        if (Files.isRegularFile(config.keycloakZip())) {
            return Optional.of(config.keycloakZip());
        }
        String v = config.keycloakVersion();
        Path m2 = Path.of(System.getProperty("user.home"), ".m2", "repository", "org", "keycloak",
                "keycloak-quarkus-dist", v, "keycloak-quarkus-dist-" + v + ".zip");
        return Files.isRegularFile(m2) ? Optional.of(m2) : Optional.empty();
    }

    static boolean isFirstStart(StackConfig config) {
        return !Files.exists(config.keycloakDir().resolve(STARTED_MARKER));
    }

    static void markStarted(StackConfig config) {
        try {
            Files.writeString(config.keycloakDir().resolve(STARTED_MARKER), "started once by spbe-launcher\n");
        } catch (IOException e) {
            // only affects the progress message next time
        }
    }

    /** Unpacks if needed (atomically: into a temporary folder, then renamed) and copies the realm to data/import. */
    static Path install(StackConfig config, StackListener listener) throws IOException {
        Path dir = config.keycloakDir();
        if (!isInstalled(config)) {
            Path zip = findZip(config).orElseThrow(() -> new StackException(
                    "Distribusi Keycloak tidak ditemukan / Keycloak distribution not found: " + config.keycloakZip()
                            + System.lineSeparator() + "Jalankan dulu / run first: ./mvnw -DskipTests package",
                    Component.KEYCLOAK));
            listener.info("Keycloak: membongkar / unpacking " + zip.getFileName() + " → " + dir);
            Path base = dir.getParent();
            Files.createDirectories(base);
            try (DirectoryStream<Path> stale = Files.newDirectoryStream(base, ".unpack-*")) {
                for (Path p : stale) {
                    deleteTree(p); // left by a launcher killed while unpacking
                }
            }
            Path tmp = Files.createTempDirectory(base, ".unpack-");
            try {
                unzip(zip, tmp);
                Path unpacked = tmp.resolve(dir.getFileName());
                if (!Files.isRegularFile(unpacked.resolve("bin/kc.sh"))) {
                    throw new StackException("Unexpected layout of " + zip + ": no " + dir.getFileName() + "/bin/kc.sh",
                            Component.KEYCLOAK);
                }
                Files.move(unpacked, dir, StandardCopyOption.ATOMIC_MOVE);
            } finally {
                deleteTree(tmp);
            }
        }
        try (DirectoryStream<Path> scripts = Files.newDirectoryStream(dir.resolve("bin"), "*.sh")) {
            for (Path s : scripts) {
                s.toFile().setExecutable(true, false); // zip entries carry no unix mode for Java
            }
        }
        Path importDir = dir.resolve("data/import");
        Files.createDirectories(importDir);
        if (!Files.isRegularFile(config.realmFile())) {
            throw new StackException("Realm file not found: " + config.realmFile(), Component.KEYCLOAK);
        }
        Files.writeString(importDir.resolve("spbe-realm.json"),
                forGatewayPort(Files.readString(config.realmFile()), config.port("GATEWAY_PORT")));
        return dir;
    }

    /**
     * The realm names the gateway's origin (the SPA's redirect URIs and web origins) at its default port; a gateway on
     * another port (GATEWAY_PORT, free ports in tests) must be named instead, or Keycloak refuses the browser's sign-in.
     */
    static String forGatewayPort(String realm, int gatewayPort) {
        return gatewayPort == 8080 ? realm
                : realm.replace("//127.0.0.1:8080", "//127.0.0.1:" + gatewayPort)
                        .replace("//localhost:8080", "//localhost:" + gatewayPort);
    }

    private static void unzip(Path zip, Path target) throws IOException {
        Path root = target.toAbsolutePath().normalize();
        try (InputStream in = Files.newInputStream(zip); ZipInputStream zin = new ZipInputStream(in)) {
            ZipEntry e;
            while ((e = zin.getNextEntry()) != null) {
                Path out = root.resolve(e.getName()).normalize();
                if (!out.startsWith(root)) {
                    throw new IOException("Zip entry outside target: " + e.getName());
                }
                if (e.isDirectory()) {
                    Files.createDirectories(out);
                } else {
                    Files.createDirectories(out.getParent());
                    Files.copy(zin, out, StandardCopyOption.REPLACE_EXISTING);
                }
            }
        }
    }

    private static void deleteTree(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> walk = Files.walk(dir)) {
            for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        }
    }
}
