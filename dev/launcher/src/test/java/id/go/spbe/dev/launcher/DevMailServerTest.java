package id.go.spbe.dev.launcher;

import jakarta.mail.Message;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Properties;
import java.util.concurrent.CopyOnWriteArrayList;

import static org.assertj.core.api.Assertions.assertThat;

/** The dev run's mail catcher: what servicedesk sends over SMTP is logged (recipient, subject) and kept as .eml. */
class DevMailServerTest {

    @Test
    void aMailSentToTheCatcherIsLoggedAndKeptWhole(@TempDir Path home) throws Exception {
        StackConfig config = StackConfig.builder(home).home(home).freePorts().build();
        List<String> lines = new CopyOnWriteArrayList<>();
        StackListener listener = new StackListener() {
            @Override
            public void info(String message) {
                lines.add(message);
            }
        };
        try (DevMailServer ignored = DevMailServer.start(config, listener)) {
            Properties smtp = new Properties();
            smtp.put("mail.smtp.host", "127.0.0.1");
            smtp.put("mail.smtp.port", String.valueOf(config.port(StackConfig.MAIL_PORT)));
            MimeMessage mail = new MimeMessage(Session.getInstance(smtp));
            mail.setFrom(new InternetAddress("layanan-tik@localhost"));
            mail.setRecipient(Message.RecipientType.TO, new InternetAddress("pelapor@dinkes.test"));
            mail.setSubject("[Tiket 6F1C2A3B] Tiket ditugaskan: Printer", "UTF-8");
            mail.setText("Tiket Anda sedang ditangani.", "UTF-8");
            Transport.send(mail);

            Path kept = home.resolve("mail/0001.eml");
            Instant until = Instant.now().plus(Duration.ofSeconds(10));
            while (!lines.stream().anyMatch(l -> l.startsWith("mail → ")) && Instant.now().isBefore(until)) {
                Thread.sleep(50);
            }
            assertThat(lines).contains("mail → pelapor@dinkes.test: [Tiket 6F1C2A3B] Tiket ditugaskan: Printer "
                    + "(0001.eml)");
            assertThat(Files.readString(kept)).contains("Subject: [Tiket 6F1C2A3B] Tiket ditugaskan: Printer")
                    .contains("Tiket Anda sedang ditangani.");
        }
    }
}
