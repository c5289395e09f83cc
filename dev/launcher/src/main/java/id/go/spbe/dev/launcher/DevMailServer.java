package id.go.spbe.dev.launcher;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.Address;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;

/**
 * The embedded run's mail catcher: a GreenMail SMTP server on {@code 127.0.0.1:$MAIL_PORT} (default 2525) that
 * accepts every mail servicedesk-service sends (its notifications), logs the recipient and subject of each on the
 * launcher's console ({@code [stack] mail → …}) and keeps it whole as {@code $SPBE_HOME/mail/NNNN.eml} (open it in
 * any mail program or read it as text). Nothing leaves the machine.
 */
final class DevMailServer implements AutoCloseable {

    private final GreenMail server;
    private final Path folder;
    private final StackListener listener;
    private final Thread watcher;
    /**
     * The Message-IDs already kept: GreenMail lists received mails mailbox by mailbox, so a new mail to one address
     * shifts the others' positions — counting by position would log some twice and skip others.
     */
    private final java.util.Set<String> kept = new java.util.HashSet<>();

    private DevMailServer(int port, Path folder, StackListener listener) {
        this.server = new GreenMail(new ServerSetup(port, StackConfig.LOOPBACK, ServerSetup.PROTOCOL_SMTP));
        this.folder = folder;
        this.listener = listener;
        this.watcher = new Thread(this::watch, "spbe-dev-mail");
        this.watcher.setDaemon(true);
    }

    static DevMailServer start(StackConfig config, StackListener listener) throws IOException {
        Path folder = config.home().resolve("mail");
        Files.createDirectories(folder);
        DevMailServer mail = new DevMailServer(config.port(StackConfig.MAIL_PORT), folder, listener);
        mail.server.start();
        mail.watcher.start();
        listener.info("mail: SMTP 127.0.0.1:" + config.port(StackConfig.MAIL_PORT) + ", surat disimpan di / mails "
                + "kept in " + folder);
        return mail;
    }

    private void watch() {
        while (!Thread.currentThread().isInterrupted()) {
            try {
                if (server.waitForIncomingEmail(1000, kept.size() + 1)) {
                    for (MimeMessage message : server.getReceivedMessages()) {
                        if (kept.add(identity(message))) {
                            keep(message, kept.size());
                        }
                    }
                }
            } catch (RuntimeException e) {
                if (Thread.currentThread().isInterrupted()) {
                    return;
                }
                listener.info("mail: " + e);
            }
        }
    }

    private static String identity(MimeMessage message) {
        try {
            String id = message.getMessageID();
            return id != null ? id : Integer.toHexString(System.identityHashCode(message));
        } catch (MessagingException e) {
            return Integer.toHexString(System.identityHashCode(message));
        }
    }

    private void keep(MimeMessage message, int number) {
        try {
            Path file = folder.resolve("%04d.eml".formatted(number));
            try (OutputStream out = Files.newOutputStream(file)) {
                message.writeTo(out);
            }
            Address[] to = message.getAllRecipients();
            listener.info("mail → " + (to == null ? "?" : String.join(", ", Arrays.stream(to).map(Address::toString)
                    .toList())) + ": " + message.getSubject() + " (" + file.getFileName() + ")");
        } catch (IOException | MessagingException e) {
            listener.info("mail: cannot keep message " + number + ": " + e);
        }
    }

    @Override
    public void close() {
        watcher.interrupt();
        server.stop();
    }
}
