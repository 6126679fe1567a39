package io.dudao.common.web;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class ClientAddressTest {

    private static final List<ClientAddress.Range> PROXIES = ClientAddress.parse("10.0.0.0/8, 192.168.1.5, ::1");

    @Test
    void withoutTrustedProxiesTheHeaderIsIgnored() {
        assertEquals("203.0.113.7", ClientAddress.resolve(List.of(), "203.0.113.7", "198.51.100.1"));
        assertEquals("203.0.113.7", ClientAddress.resolve(ClientAddress.parse("none"), "203.0.113.7", "198.51.100.1"));
    }

    @Test
    void anUntrustedPeerCannotClaimAnotherAddress() {
        assertEquals("203.0.113.7", ClientAddress.resolve(PROXIES, "203.0.113.7", "198.51.100.1"));
    }

    @Test
    void behindTrustedProxiesTheClientIsTheRightMostUntrustedHop() {
        assertEquals("198.51.100.1", ClientAddress.resolve(PROXIES, "10.1.2.3", "198.51.100.1"));
        // a client that sends its own X-Forwarded-For cannot hide behind it: the proxy appends the real address
        assertEquals("198.51.100.1", ClientAddress.resolve(PROXIES, "10.1.2.3", "1.2.3.4, 198.51.100.1, 192.168.1.5"));
        assertEquals("2001:db8::1", ClientAddress.resolve(PROXIES, "0:0:0:0:0:0:0:1", "2001:db8::1"));
        // only proxies in the chain: the left-most one is the best we know
        assertEquals("10.9.9.9", ClientAddress.resolve(PROXIES, "10.1.2.3", "10.9.9.9, 192.168.1.5"));
    }

    @Test
    void garbageInTheHeaderFallsBackToThePeer() {
        assertEquals("10.1.2.3", ClientAddress.resolve(PROXIES, "10.1.2.3", "evil.example, 198.51.100.1x"));
        assertEquals("10.1.2.3", ClientAddress.resolve(PROXIES, "10.1.2.3", "  "));
    }

    @Test
    void aBadConfigurationIsRefusedAtStart() {
        assertThrows(IllegalArgumentException.class, () -> ClientAddress.parse("10.0.0.0/33"));
        assertThrows(IllegalArgumentException.class, () -> ClientAddress.parse("proxy.internal"));
    }
}
