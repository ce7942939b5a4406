package org.masthead.publishing.sources;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.InetAddress;
import java.util.List;
import org.apache.hc.client5.http.DnsResolver;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

class AddressGuardTest {

    @ParameterizedTest
    @ValueSource(strings = {"127.0.0.1", "127.8.9.10", "::1", "0.0.0.0", "::", "10.1.2.3", "172.16.0.1", "172.31.255.255",
            "192.168.1.1", "169.254.169.254", "fe80::1", "fd00:ec2::254", "fc00::1", "100.64.0.1", "100.100.100.200",
            "224.0.0.1", "ff02::1", "255.255.255.255", "240.0.0.1", "198.18.0.1", "192.0.0.170",
            "::ffff:127.0.0.1", "::ffff:169.254.169.254", "::127.0.0.1", "64:ff9b::a9fe:a9fe", "2002:7f00:1::1", "2001:0:4136::1"})
    void an_address_off_the_public_internet_is_not_public(String address) throws Exception {
        assertThat(AddressGuard.isPublic(InetAddress.getByName(address))).isFalse();
    }

    @ParameterizedTest
    @ValueSource(strings = {"93.184.215.14", "8.8.8.8", "172.32.0.1", "100.128.0.1", "2606:2800:21f:cb07:6820:80da:af6b:8b2c"})
    void an_address_on_the_public_internet_is_public(String address) throws Exception {
        assertThat(AddressGuard.isPublic(InetAddress.getByName(address))).isTrue();
    }

    @Test
    void a_name_that_resolves_to_a_public_and_a_private_address_is_connected_only_to_the_public_one() throws Exception {
        DnsResolver dns = fixed("93.184.215.14", "10.0.0.5");

        InetAddress[] given = new AddressGuard(dns, List.of()).resolve("mixed.example");

        assertThat(given).extracting(InetAddress::getHostAddress).containsExactly("93.184.215.14");
    }

    @Test
    void a_name_that_resolves_only_to_the_metadata_address_is_refused() {
        DnsResolver dns = fixed("169.254.169.254");

        assertThatThrownBy(() -> new AddressGuard(dns, List.of()).resolve("rebound.example"))
                .hasMessage("rebound.example is not on the public internet (169.254.169.254), so it was not fetched.");
    }

    @Test
    void the_fixtures_host_is_this_machine_without_asking_dns_and_nothing_else_may_be() throws Exception {
        AddressGuard guard = new AddressGuard(fixed("127.0.0.1", "10.0.0.5"), List.of("sources.test"));

        assertThat(guard.resolve("sources.test")).extracting(InetAddress::getHostAddress).containsExactly("127.0.0.1");
        assertThatThrownBy(() -> guard.resolve("localhost")).isInstanceOf(AddressGuard.RefusedAddress.class);
        assertThatThrownBy(() -> guard.resolve("other.example")).isInstanceOf(AddressGuard.RefusedAddress.class);
    }

    private static DnsResolver fixed(String... addresses) {
        return new DnsResolver() {
            @Override
            public InetAddress[] resolve(String host) throws java.net.UnknownHostException {
                InetAddress[] all = new InetAddress[addresses.length];
                for (int i = 0; i < addresses.length; i++) {
                    all[i] = InetAddress.getByName(addresses[i]);
                }
                return all;
            }

            @Override
            public String resolveCanonicalHostname(String host) {
                return host;
            }
        };
    }
}
