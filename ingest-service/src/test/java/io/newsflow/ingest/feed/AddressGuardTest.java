package io.newsflow.ingest.feed;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.util.List;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

class AddressGuardTest {

    @ParameterizedTest
    @ValueSource(strings = {"127.0.0.1", "10.1.2.3", "172.16.0.1", "192.168.1.1", "169.254.169.254", "0.0.0.0",
            "100.64.0.1", "224.0.0.1", "255.255.255.255", "::1", "fe80::1", "fd00:ec2::254", "::ffff:127.0.0.1", "::ffff:10.0.0.1"})
    void classifiesNonPublicAddresses(String ip) throws UnknownHostException {
        assertThat(AddressGuard.isNonPublic(InetAddress.getByName(ip))).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"93.184.216.34", "8.8.8.8", "2606:4700:4700::1111", "172.32.0.1", "100.128.0.1"})
    void classifiesPublicAddresses(String ip) throws UnknownHostException {
        assertThat(AddressGuard.isNonPublic(InetAddress.getByName(ip))).isFalse();
    }

    @Test
    void refusesNonHttpSchemesAndPrivateTargets() {
        AddressGuard guard = new AddressGuard(false, List.of());
        assertThatThrownBy(() -> guard.check(URI.create("file:///etc/passwd"))).isInstanceOf(FeedRejectedException.class)
                .hasMessageContaining("http or https");
        assertThatThrownBy(() -> guard.check(URI.create("http://[::1]:8080/feed"))).isInstanceOf(FeedRejectedException.class);
        assertThatThrownBy(() -> guard.check(URI.create("http://localhost/feed"))).isInstanceOf(FeedRejectedException.class)
                .hasMessageContaining("non-public address");
    }

    @Test
    void allowsConfiguredHostsAndEverythingWhenPrivateAddressesAreAllowed() {
        assertThatCode(() -> new AddressGuard(false, List.of("127.0.0.1")).check(URI.create("http://127.0.0.1:9/feed"))).doesNotThrowAnyException();
        assertThatCode(() -> new AddressGuard(true, List.of()).check(URI.create("http://10.0.0.1/feed"))).doesNotThrowAnyException();
    }
}
