package id.go.spbe.network.lan.domain;

import inet.ipaddr.IPAddress;
import org.junit.jupiter.api.Test;

import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;

/** The fast overlap test on stored prefix text must answer exactly what the IPAddress library answers (N3). */
class IpPlanTest {

    @Test
    void storedIpv4TextOverlapsExactlyWhenTheLibrarySaysSo_N3() {
        Random random = new Random(3);
        int overlapping = 0;
        for (int i = 0; i < 20_000; i++) {
            IPAddress block = randomBlock(random);
            String stored = randomBlock(random).toCanonicalString();
            boolean expected = IpPlan.overlaps(IpPlan.stored(stored), block);
            assertThat(IpPlan.overlapsStored(stored, block)).as("%s against %s", stored, block).isEqualTo(expected);
            overlapping += expected ? 1 : 0;
        }
        assertThat(overlapping).as("the sample holds both answers").isBetween(1_000, 19_000);
    }

    @Test
    void edgesAndOtherVersionsAnswerLikeTheLibrary_N3() {
        IPAddress ten = IpPlan.prefix("cidr", "10.0.0.0/8");
        assertThat(IpPlan.overlapsStored("0.0.0.0/0", ten)).isTrue();
        assertThat(IpPlan.overlapsStored("10.255.255.255/32", ten)).isTrue();
        assertThat(IpPlan.overlapsStored("11.0.0.0/32", ten)).isFalse();
        assertThat(IpPlan.overlapsStored("9.255.255.255/32", ten)).isFalse();
        assertThat(IpPlan.overlapsStored("2001:db8::/32", ten)).isFalse();
        // text that is not plain canonical IPv4 goes through the library
        assertThat(IpPlan.overlapsStored("010.1.0.0/16", ten)).isEqualTo(IpPlan.overlaps(IpPlan.stored("010.1.0.0/16"),
                ten));
        assertThat(IpPlan.ipv4Range("10.1.0.0/16")).containsExactly(0x0A010000L, 0x0A01FFFFL);
        assertThat(IpPlan.ipv4Range("10.1.0/16")).isNull();
        assertThat(IpPlan.ipv4Range("10.1.0.0.0/16")).isNull();
        assertThat(IpPlan.ipv4Range("10.1.0.256/16")).isNull();
        assertThat(IpPlan.ipv4Range("10.1.0.0/33")).isNull();
        assertThat(IpPlan.ipv4Range("10.1.0.0/")).isNull();

        IPAddress v6 = IpPlan.prefix("cidr", "2001:db8::/32");
        assertThat(IpPlan.overlapsStored("2001:db8:5::/48", v6)).isTrue();
        assertThat(IpPlan.overlapsStored("2001:db9::/48", v6)).isFalse();
        assertThat(IpPlan.overlapsStored("10.0.0.0/8", v6)).isFalse();
    }

    /** Random IPv4 prefix blocks, mostly inside 10.0.0.0/14 so that nesting and disjointness both occur often. */
    private static IPAddress randomBlock(Random random) {
        int bits = random.nextInt(10) == 0 ? random.nextInt(33) : 14 + random.nextInt(19);
        long address = random.nextInt(10) == 0 ? random.nextLong() & 0xFFFFFFFFL
                : 0x0A000000L | (random.nextLong() & 0x3FFFFL);
        String text = ((address >> 24) & 255) + "." + ((address >> 16) & 255) + "." + ((address >> 8) & 255) + "."
                + (address & 255) + "/" + bits;
        return new inet.ipaddr.IPAddressString(text).getAddress().toPrefixBlock();
    }
}
