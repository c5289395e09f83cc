package id.go.spbe.dev.launcher;

import jakarta.mail.Message;
import jakarta.mail.MessagingException;
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
        try (DevMailServer ignored = DevMailServer.start(config, collecting(lines))) {
            send(config, "pelapor@dinkes.test", "[Tiket 6F1C2A3B] Tiket ditugaskan: Printer",
                    "Tiket Anda sedang ditangani.");
            awaitLogged(lines, 1);
            assertThat(lines).contains("mail → pelapor@dinkes.test: [Tiket 6F1C2A3B] Tiket ditugaskan: Printer "
                    + "(0001.eml)");
            assertThat(Files.readString(home.resolve("mail/0001.eml")))
                    .contains("Subject: [Tiket 6F1C2A3B] Tiket ditugaskan: Printer")
                    .contains("Tiket Anda sedang ditangani.");
        }
    }

    /** GreenMail lists mails mailbox by mailbox: a new mail to one address must not make another's be logged again. */
    @Test
    void mailsToSeveralAddressesAreEachLoggedOnce(@TempDir Path home) throws Exception {
        StackConfig config = StackConfig.builder(home).home(home).freePorts().build();
        List<String> lines = new CopyOnWriteArrayList<>();
        try (DevMailServer ignored = DevMailServer.start(config, collecting(lines))) {
            List<String> to = List.of("zeta@dinkes.test", "alfa@disdik.test", "zeta@dinkes.test", "beta@bkpsdm.test");
            for (int i = 0; i < to.size(); i++) {
                send(config, to.get(i), "Surat " + (i + 1), "Isi " + (i + 1));
                awaitLogged(lines, i + 1);
            }
            Thread.sleep(1_500); // a second look of the watcher must not log anything again
            assertThat(lines.stream().filter(l -> l.startsWith("mail → ")))
                    .containsExactlyInAnyOrder("mail → zeta@dinkes.test: Surat 1 (0001.eml)",
                            "mail → alfa@disdik.test: Surat 2 (0002.eml)", "mail → zeta@dinkes.test: Surat 3 (0003.eml)",
                            "mail → beta@bkpsdm.test: Surat 4 (0004.eml)");
        }
    }

    private static StackListener collecting(List<String> lines) {
        return new StackListener() {
            @Override
            public void info(String message) {
                lines.add(message);
            }
        };
    }

    /** One plain-text mail over SMTP to the catcher, as servicedesk sends it. */
    private static void send(StackConfig config, String to, String subject, String text) throws MessagingException {
        Properties smtp = new Properties();
        smtp.put("mail.smtp.host", "127.0.0.1");
        smtp.put("mail.smtp.port", String.valueOf(config.port(StackConfig.MAIL_PORT)));
        MimeMessage mail = new MimeMessage(Session.getInstance(smtp));
        mail.setFrom(new InternetAddress("layanan-tik@localhost"));
        mail.setRecipient(Message.RecipientType.TO, new InternetAddress(to));
        mail.setSubject(subject, "UTF-8");
        mail.setText(text, "UTF-8");
        Transport.send(mail);
    }

    /** Waits up to 10 s until the catcher has logged {@code count} mails. */
    private static void awaitLogged(List<String> lines, int count) throws InterruptedException {
        Instant until = Instant.now().plus(Duration.ofSeconds(10));
        while (lines.stream().filter(l -> l.startsWith("mail → ")).count() < count && Instant.now().isBefore(until)) {
            Thread.sleep(50);
        }
    }
}
