package id.go.spbe.appregistry.application.domain;

import id.go.spbe.platform.domain.RuleViolationException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** A10: applications and OPD websites live on the region's domain or a subdomain of it. */
class RegionDomainTest {

    static final RegionDomain REJANG_LEBONG = RegionDomain.of("rejanglebongkab.go.id");

    @ParameterizedTest
    @CsvSource({
            "https://simpus.rejanglebongkab.go.id/path?q=1#top, simpus.rejanglebongkab.go.id",
            "http://simpus.rejanglebongkab.go.id, simpus.rejanglebongkab.go.id",
            "simpus.rejanglebongkab.go.id, simpus.rejanglebongkab.go.id",
            "rejanglebongkab.go.id, rejanglebongkab.go.id",
            "https://rejanglebongkab.go.id/, rejanglebongkab.go.id",
            "ppid.dinkes.rejanglebongkab.go.id, ppid.dinkes.rejanglebongkab.go.id",
            "https://a.b.c.d.rejanglebongkab.go.id/x, a.b.c.d.rejanglebongkab.go.id",
            "HTTPS://SIMPUS.RejangLebongKab.GO.ID/Path, simpus.rejanglebongkab.go.id",
            "https://simpus.rejanglebongkab.go.id:8443/api, simpus.rejanglebongkab.go.id",
            "https://user:secret@simpus.rejanglebongkab.go.id/, simpus.rejanglebongkab.go.id",
            "simpus.rejanglebongkab.go.id., simpus.rejanglebongkab.go.id",
            "//simpus.rejanglebongkab.go.id/path, simpus.rejanglebongkab.go.id",
            "'  https://simpus.rejanglebongkab.go.id  ', simpus.rejanglebongkab.go.id",
            "https://dinas-kesehatan.rejanglebongkab.go.id, dinas-kesehatan.rejanglebongkab.go.id",
            "simpus.rejanglebongkab.go.id/layanan, simpus.rejanglebongkab.go.id",
            "https://köln.rejanglebongkab.go.id/, xn--kln-sna.rejanglebongkab.go.id",
            "https://KÖLN.rejanglebongkab.go.id/, xn--kln-sna.rejanglebongkab.go.id",
            "https://xn--kln-sna.rejanglebongkab.go.id/, xn--kln-sna.rejanglebongkab.go.id",
            "simpus。rejanglebongkab。go。id, simpus.rejanglebongkab.go.id"
    })
    void a10AddressesOnTheDomainOrAnySubdomainOfItAreInsideAndComeBackCanonical(String urlOrHost, String host) {
        assertThat(REJANG_LEBONG.requireWithin(urlOrHost)).isEqualTo(host);
        assertThat(REJANG_LEBONG.contains(urlOrHost)).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "evilrejanglebongkab.go.id",
            "https://evilrejanglebongkab.go.id/",
            "rejanglebongkab.go.id.evil.com",
            "https://rejanglebongkab.go.id.evil.com/login",
            "https://simpus.rejanglebongkab.go.id.evil.com",
            "https://rejanglebongkab.go.id@evil.com/",
            "https://simpus.rejanglebongkab.go.id:443@evil.com/",
            "https://evil.com\\@simpus.rejanglebongkab.go.id",
            "https://evil.com/simpus.rejanglebongkab.go.id",
            "https://evil.com?next=simpus.rejanglebongkab.go.id",
            "https://evil.com#simpus.rejanglebongkab.go.id",
            "bitungkota.go.id",
            "https://simpus.go.id",
            "go.id",
            "https://10.1.2.3/simpus",
            "https://[2001:db8::1]/",
            "https://rejanglebongkаb.go.id/" // Cyrillic "а": a look-alike, not the region's domain
    })
    void a10AddressesOutsideTheDomainAreRefusedNamingA10(String urlOrHost) {
        assertThat(REJANG_LEBONG.contains(urlOrHost)).isFalse();
        assertThatThrownBy(() -> REJANG_LEBONG.requireWithin(urlOrHost))
                .isInstanceOfSatisfying(RuleViolationException.class, e -> {
                    assertThat(e.obligation()).isEqualTo("A10");
                    assertThat(e.getMessage()).isNotBlank();
                });
    }

    @Test
    void a10TheRefusalNamesTheRegionsDomainInBahasaIndonesia() {
        assertThatThrownBy(() -> REJANG_LEBONG.requireWithin("https://simpus.example.com/"))
                .isInstanceOf(RuleViolationException.class)
                .hasMessageContaining("URL di luar domain rejanglebongkab.go.id");
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {
            "   ",
            "https://",
            "https:///path",
            "https://simpus rejanglebongkab.go.id",
            "https://simpus_rejang.rejanglebongkab.go.id",
            "https://-simpus.rejanglebongkab.go.id",
            "https://simpus-.rejanglebongkab.go.id",
            "https://simpus..rejanglebongkab.go.id",
            "https://simpus%2erejanglebongkab.go.id",
            "https://simpus.rejanglebongkab.go.id:http/",
            "https://simpus.rejanglebongkab.go.id:99999999/",
            "javascript:alert(1)//simpus.rejanglebongkab.go.id",
            "ht tp://simpus.rejanglebongkab.go.id",
            "1http://simpus.rejanglebongkab.go.id",
            "https://xn--zz.rejanglebongkab.go.id",
            "https://ab--cd.rejanglebongkab.go.id",
            "https://aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa.rejanglebongkab.go.id"
    })
    void a10InvalidAddressesAreRefusedNamingA10RatherThanFailing(String urlOrHost) {
        assertThat(REJANG_LEBONG.contains(urlOrHost)).isFalse();
        assertThatThrownBy(() -> REJANG_LEBONG.requireWithin(urlOrHost))
                .isInstanceOfSatisfying(RuleViolationException.class,
                        e -> assertThat(e.obligation()).isEqualTo("A10"));
    }

    @Test
    void aSixtyThreeCharacterLabelIsStillValid() {
        String label = "a".repeat(63);
        assertThat(REJANG_LEBONG.requireWithin(label + ".rejanglebongkab.go.id"))
                .isEqualTo(label + ".rejanglebongkab.go.id");
    }

    @Test
    void theProfilesDomainIsCanonicalisedAndEachRegionChecksItsOwn() {
        RegionDomain bitung = RegionDomain.of(" BitungKota.go.id. ");
        assertThat(bitung.domain()).isEqualTo("bitungkota.go.id");
        assertThat(bitung.contains("https://simpeg.bitungkota.go.id")).isTrue();
        assertThat(bitung.contains("https://simpus.rejanglebongkab.go.id")).isFalse();
        // The national default profile's domain is go.id: every go.id host is inside, others are not.
        RegionDomain national = RegionDomain.of("go.id");
        assertThat(national.contains("https://simpus.rejanglebongkab.go.id")).isTrue();
        assertThat(national.contains("https://go.id.evil.com")).isFalse();
        assertThat(national.contains("https://notgo.id")).isFalse();
    }

    @Test
    void anInvalidDomainInTheProfileStopsStartUp() {
        assertThatThrownBy(() -> RegionDomain.of("")).isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> RegionDomain.of("bad_domain.go.id")).isInstanceOf(IllegalStateException.class);
    }
}
