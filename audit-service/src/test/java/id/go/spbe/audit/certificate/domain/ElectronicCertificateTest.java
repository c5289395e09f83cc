package id.go.spbe.audit.certificate.domain;

import id.go.spbe.audit.certificate.domain.CertificateEvents.CertificateExpiring;
import id.go.spbe.platform.domain.RuleViolationException;
import id.go.spbe.platform.problem.InvalidRequestException;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The AU9 rules of one certificate: validity status, expiry warnings once per threshold, file-read fields fixed. */
class ElectronicCertificateTest {

    static final Instant NOW = Instant.parse("2026-11-30T03:00:00Z");
    static final Set<Integer> THRESHOLDS = Set.of(30, 7, 1);
    static final Duration WINDOW = Duration.ofDays(30);

    static CertificateDetails details(Instant notAfter) {
        return new CertificateDetails("dr. Sari", "DINKES", "CN=BSrE,O=BSSN,C=ID", "0a:1b:2c",
                NOW.minus(Duration.ofDays(300)), notAfter, List.of(KeyUsage.NON_REPUDIATION,
                KeyUsage.DIGITAL_SIGNATURE), null);
    }

    static ElectronicCertificate expiringIn(Duration left, CertificateSource source) {
        ElectronicCertificate c = ElectronicCertificate.register(details(NOW.plus(left)), source, "admin", NOW);
        return c;
    }

    static List<CertificateExpiring> warnings(ElectronicCertificate c) {
        return c.raisedEvents().stream().filter(CertificateExpiring.class::isInstance)
                .map(CertificateExpiring.class::cast).toList();
    }

    @Test
    void au9SerialsAreNormalisedSoTheSameCertificateTypedTwiceIsOne() {
        assertThat(details(NOW.plus(Duration.ofDays(400))).serialNumber()).isEqualTo("A1B2C");
        assertThat(CertificateDetails.normalisedSerial("00 A1 B2 0C")).isEqualTo("A1B20C");
    }

    @Test
    void au9ValidityEndingBeforeItStartsIsRejectedNamingTheField() {
        assertThatThrownBy(() -> details(NOW.minus(Duration.ofDays(400))))
                .isInstanceOfSatisfying(InvalidRequestException.class,
                        e -> assertThat(e.parameter()).isEqualTo("notAfter"));
    }

    @Test
    void au9StatusIsValidExpiringSoonOrExpiredAgainstTheWindow() {
        assertThat(expiringIn(Duration.ofDays(31), CertificateSource.MANUAL).status(NOW, WINDOW))
                .isEqualTo(CertificateStatus.VALID);
        assertThat(expiringIn(Duration.ofDays(30), CertificateSource.MANUAL).status(NOW, WINDOW))
                .isEqualTo(CertificateStatus.EXPIRING_SOON);
        assertThat(expiringIn(Duration.ofDays(1), CertificateSource.MANUAL).status(NOW.plus(Duration.ofDays(1)),
                WINDOW)).isEqualTo(CertificateStatus.EXPIRED);
    }

    @Test
    void au9OneWarningPerThresholdHoweverOftenTheJobLooks() {
        ElectronicCertificate c = expiringIn(Duration.ofDays(40), CertificateSource.MANUAL);
        assertThat(c.warnIfExpiring(NOW, THRESHOLDS)).as("40 days left: no threshold crossed").isFalse();
        Instant day10 = NOW.plus(Duration.ofDays(10));
        assertThat(c.warnIfExpiring(day10, THRESHOLDS)).isTrue();
        assertThat(c.warnIfExpiring(day10.plusSeconds(3600), THRESHOLDS)).as("same threshold again").isFalse();
        assertThat(c.warnIfExpiring(NOW.plus(Duration.ofDays(34)), THRESHOLDS)).as("7 days left").isTrue();
        assertThat(warnings(c)).extracting(CertificateExpiring::thresholdDays).containsExactly(30, 7);
        assertThat(warnings(c).get(0).daysLeft()).isEqualTo(30);
        assertThat(c.warnIfExpiring(NOW.plus(Duration.ofDays(40)), THRESHOLDS)).as("expired: no warning").isFalse();
    }

    @Test
    void au9ACertificateFoundLateGetsOneWarningForTheTightestThreshold() {
        ElectronicCertificate c = expiringIn(Duration.ofDays(5), CertificateSource.MANUAL);
        assertThat(c.warnIfExpiring(NOW, THRESHOLDS)).isTrue();
        assertThat(warnings(c)).extracting(CertificateExpiring::thresholdDays).containsExactly(7);
        assertThat(c.warnedThresholds()).containsExactlyInAnyOrder(30, 7);
        assertThat(c.warnIfExpiring(NOW.plus(Duration.ofDays(4).plusHours(12)), THRESHOLDS)).isTrue();
        assertThat(warnings(c)).extracting(CertificateExpiring::thresholdDays).containsExactly(7, 1);
    }

    @Test
    void au9ACorrectedLaterExpiryWarnsAgainForTheNewDate() {
        ElectronicCertificate c = expiringIn(Duration.ofDays(5), CertificateSource.MANUAL);
        c.warnIfExpiring(NOW, THRESHOLDS);
        assertThat(c.update(details(NOW.plus(Duration.ofDays(400))), "admin", NOW)).isTrue();
        assertThat(c.warnedThresholds()).isEmpty();
        assertThat(c.update(details(NOW.plus(Duration.ofDays(400))), "admin", NOW)).as("unchanged").isFalse();
    }

    @Test
    void au9ACertificateReadFromAFileKeepsItsTechnicalFieldsButMayChangeHolder() {
        ElectronicCertificate c = expiringIn(Duration.ofDays(100), CertificateSource.X509);
        CertificateDetails d = c.details();
        assertThat(c.update(new CertificateDetails("Sekretaris Dinas", "DINKES", d.issuer(), d.serialNumber(),
                d.notBefore(), d.notAfter(), d.keyUsage(), d.subject()), "admin", NOW)).isTrue();
        assertThatThrownBy(() -> c.update(details(NOW.plus(Duration.ofDays(900))), "admin", NOW))
                .isInstanceOfSatisfying(RuleViolationException.class,
                        e -> assertThat(e.obligation()).isEqualTo("AU9"));
    }
}
