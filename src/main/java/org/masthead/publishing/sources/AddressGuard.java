package org.masthead.publishing.sources;

import java.net.Inet4Address;
import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.apache.hc.client5.http.DnsResolver;
import org.apache.hc.client5.http.SystemDefaultDnsResolver;

/**
 * The one place a source's host becomes an address: it resolves the name, refuses every address
 * that is not on the public internet (loopback, private, link-local and so the cloud metadata
 * address, multicast, carrier-grade NAT, unique-local, reserved) and hands HttpClient only the
 * addresses it checked, which are the ones it connects to. There is no second lookup that a DNS
 * server could answer differently (DNS rebinding), and every redirect comes through here again.
 */
final class AddressGuard implements DnsResolver {

    private final DnsResolver dns;
    private final List<String> loopbackHosts;

    AddressGuard(List<String> loopbackHosts) {
        this(SystemDefaultDnsResolver.INSTANCE, loopbackHosts);
    }

    AddressGuard(DnsResolver dns, List<String> loopbackHosts) {
        this.dns = dns;
        this.loopbackHosts = loopbackHosts.stream().map(h -> h.toLowerCase(Locale.ROOT)).toList();
    }

    @Override
    public InetAddress[] resolve(String host) throws UnknownHostException {
        if (loopbackHosts.contains(host.toLowerCase(Locale.ROOT))) {
            // A fixture of the tests: this machine, by the setting, without asking DNS.
            return new InetAddress[] {InetAddress.getLoopbackAddress()};
        }
        InetAddress[] all = dns.resolve(host);
        InetAddress[] allowed = Arrays.stream(all).filter(AddressGuard::isPublic).toArray(InetAddress[]::new);
        if (allowed.length == 0) {
            throw new RefusedAddress(host, all.length == 0 ? null : all[0]);
        }
        return allowed;
    }

    @Override
    public String resolveCanonicalHostname(String host) {
        // Never asked again: the canonical name would be a second lookup.
        return host;
    }

    /** Whether an address is on the public internet (and so a source may live there). */
    static boolean isPublic(InetAddress address) {
        if (address.isLoopbackAddress() || address.isAnyLocalAddress() || address.isLinkLocalAddress()
                || address.isSiteLocalAddress() || address.isMulticastAddress()) {
            return false;
        }
        byte[] b = address.getAddress();
        if (address instanceof Inet4Address) {
            return isPublicV4(b);
        }
        if (address instanceof Inet6Address) {
            int first = b[0] & 0xff;
            if ((first & 0xfe) == 0xfc) {
                return false; // fc00::/7 unique local (fd00:ec2::254 is a metadata address)
            }
            if (first == 0 && allZero(b, 1, 10)) {
                // ::/96 (IPv4-compatible, the unspecified address) and ::ffff:0:0/96 (IPv4-mapped)
                if (((b[10] & 0xff) == 0xff && (b[11] & 0xff) == 0xff) || (b[10] == 0 && b[11] == 0)) {
                    return isPublicV4(Arrays.copyOfRange(b, 12, 16));
                }
            }
            if ((b[0] & 0xff) == 0x00 && (b[1] & 0xff) == 0x64 && (b[2] & 0xff) == 0xff && (b[3] & 0xff) == 0x9b) {
                return isPublicV4(Arrays.copyOfRange(b, 12, 16)); // 64:ff9b::/96, NAT64
            }
            if ((b[0] & 0xff) == 0x20 && (b[1] & 0xff) == 0x02) {
                return isPublicV4(Arrays.copyOfRange(b, 2, 6)); // 2002::/16, 6to4
            }
            if ((b[0] & 0xff) == 0x20 && (b[1] & 0xff) == 0x01 && b[2] == 0 && b[3] == 0) {
                return false; // 2001::/32, Teredo
            }
            return (first & 0xe0) == 0x20; // 2000::/3, the only global unicast space
        }
        return false;
    }

    private static boolean isPublicV4(byte[] b) {
        int a0 = b[0] & 0xff;
        int a1 = b[1] & 0xff;
        return !(a0 == 0                                   // 0.0.0.0/8
                || a0 == 10                                // private
                || a0 == 127                               // loopback
                || (a0 == 100 && (a1 & 0xc0) == 64)        // 100.64.0.0/10, carrier-grade NAT (and 100.100.100.200)
                || (a0 == 169 && a1 == 254)                // link-local, 169.254.169.254 among them
                || (a0 == 172 && (a1 & 0xf0) == 16)        // private
                || (a0 == 192 && a1 == 0 && (b[2] & 0xff) == 0)  // 192.0.0.0/24, protocol assignments
                || (a0 == 192 && a1 == 168)                // private
                || (a0 == 198 && (a1 & 0xfe) == 18)        // 198.18.0.0/15, benchmarking
                || a0 >= 224);                             // multicast, reserved, broadcast
    }

    private static boolean allZero(byte[] b, int from, int to) {
        for (int i = from; i < to; i++) {
            if (b[i] != 0) {
                return false;
            }
        }
        return true;
    }

    /** The host resolved only to addresses a source may not have. */
    static final class RefusedAddress extends UnknownHostException {
        RefusedAddress(String host, InetAddress first) {
            super(first == null ? "The address of " + host + " could not be found."
                    : host + " is not on the public internet (" + first.getHostAddress() + "), so it was not fetched.");
        }
    }
}
