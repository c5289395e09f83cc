package id.go.spbe.appregistry.subdomain.domain;

import id.go.spbe.platform.domain.RuleViolationException;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class SubdomainNameTest {

    static final String DOMAIN = "rejanglebongkab.go.id";

    @ParameterizedTest
    @CsvSource({
            "simpus, simpus",
            "SIMPUS, simpus",
            "' Simpus ', simpus",
            "simpus.rejanglebongkab.go.id, simpus",
            "SIMPUS.REJANGLEBONGKAB.GO.ID., simpus",
            "e-kinerja, e-kinerja",
            "2024, 2024",
            "köln, xn--kln-sna"
    })
    void a10ALabelOrAFullNameUnderTheDomainIsOneCanonicalName(String input, String label) {
        SubdomainName name = SubdomainName.parse(input, DOMAIN);
        assertThat(name.label()).isEqualTo(label);
        assertThat(name.fqdn()).isEqualTo(label + "." + DOMAIN);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", " ", "simpus_dinkes", "-simpus", "simpus-", "sim pus", "ab--cd", "simpus!",
            "simpus.example.com", "simpus.rejanglebongkab.go.id.evil.com", "simpusrejanglebongkab.go.id",
            "rejanglebongkab.go.id", "ppid.dinkes.rejanglebongkab.go.id", "simpus.bitungkota.go.id",
            "aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa"})
    void a10NamesThatAreNotOneValidLabelUnderTheDomainAreRefused(String input) {
        assertThatThrownBy(() -> SubdomainName.parse(input, DOMAIN))
                .isInstanceOfSatisfying(RuleViolationException.class,
                        e -> assertThat(e.obligation()).isEqualTo("A10"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"simpus.example.com", "simpus.rejanglebongkab.go.id.evil.com"})
    void a10ANameOutsideTheDomainSaysSo(String input) {
        assertThatThrownBy(() -> SubdomainName.parse(input, DOMAIN))
                .hasMessageContaining("URL di luar domain rejanglebongkab.go.id");
    }
}
