package id.go.spbe.network.lan.domain;

import id.go.spbe.platform.problem.InvalidRequestException;
import inet.ipaddr.AddressStringException;
import inet.ipaddr.IPAddress;
import inet.ipaddr.IPAddressString;

import java.util.Optional;

/**
 * Parsing and the containment arithmetic of IP prefixes and addresses (N3), on the seancfoley IPAddress library.
 * Two CIDR blocks either are disjoint or one contains the other, so "overlap" is containment either way.
 * Text that is not an address is a 400 naming the request field, never a 500.
 */
public final class IpPlan {

    private IpPlan() {
    }

    /** A CIDR prefix such as {@code 10.20.1.0/24} or {@code 2001:db8::/48}; host bits must be zero. */
    public static IPAddress prefix(String field, String text) {
        IPAddress parsed = parse(field, text);
        if (!parsed.isPrefixed()) {
            throw new InvalidRequestException(field, field + ": '" + text
                    + "' bukan prefiks CIDR; tuliskan dengan panjang prefiks, mis. 10.20.1.0/24.");
        }
        IPAddress block = parsed.toPrefixBlock();
        if (!block.getLower().equals(parsed.getLower()) || !parsed.isPrefixBlock()) {
            throw new InvalidRequestException(field, field + ": '" + text + "' memuat bit host; maksudnya "
                    + block.toCanonicalString() + "?");
        }
        return block;
    }

    /** One host address, with or without a prefix length ({@code 10.20.1.5} or {@code 10.20.1.5/24}). */
    public static IPAddress address(String field, String text) {
        IPAddress parsed = parse(field, text).withoutPrefixLength();
        if (parsed.isMultiple()) {
            throw new InvalidRequestException(field, field + ": '" + text + "' bukan satu alamat IP.");
        }
        return parsed;
    }

    /** Whether two prefixes share any address (equal, or one inside the other). */
    public static boolean overlaps(IPAddress a, IPAddress b) {
        return a.getIPVersion() == b.getIPVersion() && (a.contains(b) || b.contains(a));
    }

    /**
     * Whether a stored prefix (its canonical text, as {@code LanInventory} reads every other OPD's prefixes) overlaps
     * {@code block}. The region-wide check (N3) runs this over every prefix of every other OPD on each addition, so
     * IPv4 text {@code a.b.c.d/n} is compared as numbers without building an {@link IPAddress} (about 20 times
     * cheaper); a prefix of the other IP version is skipped by its text; anything else goes through the library.
     */
    public static boolean overlapsStored(String storedCidr, IPAddress block) {
        if (block.isIPv4()) {
            long[] range = ipv4Range(storedCidr);
            if (range != null) {
                long low = block.toIPv4().getLower().longValue();
                long high = block.toIPv4().getUpper().longValue();
                return range[0] <= high && low <= range[1];
            }
            if (storedCidr.indexOf(':') >= 0) {
                return false;
            }
        } else if (storedCidr.indexOf(':') < 0) {
            return false;
        }
        return overlaps(stored(storedCidr), block);
    }

    /** [first, last] address of IPv4 CIDR text {@code a.b.c.d/n}, or null when the text is not exactly that form. */
    static long[] ipv4Range(String text) {
        long address = 0;
        int octets = 0;
        int value = -1;
        int i = 0;
        int length = text.length();
        for (; i < length; i++) {
            char c = text.charAt(i);
            if (c >= '0' && c <= '9') {
                if (value == 0) {
                    return null; // a leading zero: not canonical, left to the library
                }
                value = value < 0 ? c - '0' : value * 10 + (c - '0');
                if (value > 255) {
                    return null;
                }
            } else if ((c == '.' || c == '/') && value >= 0) {
                address = (address << 8) | value;
                value = -1;
                octets++;
                if (c == '/') {
                    break;
                }
                if (octets == 4) {
                    return null;
                }
            } else {
                return null;
            }
        }
        if (octets != 4 || i >= length - 1 || length - i > 3) {
            return null;
        }
        int bits = 0;
        for (int j = i + 1; j < length; j++) {
            char c = text.charAt(j);
            if (c < '0' || c > '9') {
                return null;
            }
            bits = bits * 10 + (c - '0');
        }
        if (bits > 32) {
            return null;
        }
        long hostMask = bits == 32 ? 0 : (1L << (32 - bits)) - 1;
        long first = address & ~hostMask & 0xFFFFFFFFL;
        return new long[] {first, first | hostMask};
    }

    /** Canonical text of a stored prefix, parsed back (stored values were canonical when written). */
    public static IPAddress stored(String cidr) {
        return new IPAddressString(cidr).getAddress();
    }

    /**
     * Whether {@code address} is the network or broadcast address of IPv4 {@code prefix} (for prefixes up to /30,
     * where those two are not usable host addresses).
     */
    public static boolean reservedIn(IPAddress address, IPAddress prefix) {
        if (!address.isIPv4() || prefix.getNetworkPrefixLength() == null || prefix.getNetworkPrefixLength() > 30) {
            return false;
        }
        return address.equals(prefix.getLower().withoutPrefixLength())
                || address.equals(prefix.getUpper().withoutPrefixLength());
    }

    /** The most specific of {@code candidates} containing {@code address}. */
    public static Optional<Prefix> mostSpecific(IPAddress address, Iterable<Prefix> candidates) {
        Prefix best = null;
        int bestLength = -1;
        for (Prefix candidate : candidates) {
            IPAddress block = stored(candidate.cidr());
            if (block.getIPVersion() == address.getIPVersion() && block.contains(address)
                    && block.getNetworkPrefixLength() > bestLength) {
                best = candidate;
                bestLength = block.getNetworkPrefixLength();
            }
        }
        return Optional.ofNullable(best);
    }

    private static IPAddress parse(String field, String text) {
        if (text == null || text.isBlank()) {
            throw new InvalidRequestException(field, field + " wajib diisi.");
        }
        try {
            IPAddress parsed = new IPAddressString(text.strip()).toAddress();
            if (parsed == null) {
                throw new InvalidRequestException(field, field + ": '" + text + "' bukan alamat IP.");
            }
            return parsed;
        } catch (AddressStringException | inet.ipaddr.IncompatibleAddressException e) {
            throw new InvalidRequestException(field, field + ": '" + text + "' bukan alamat IP yang sah.");
        }
    }
}
