package io.dudao.integration.webhook;

import java.net.InetAddress;
import java.util.List;

/**
 * Addresses a webhook may not reach. IPv4: every block of the IANA special-purpose registry (this
 * network, private, shared/CGNAT, loopback, link-local, IETF assignments, documentation,
 * benchmarking, 6to4 relay, AS112, AMT, multicast, reserved, broadcast). IPv6: only global unicast
 * (2000::/3) is allowed, and inside it not the IETF assignments (Teredo, benchmarking, ORCHID),
 * documentation or 6to4 — so loopback, unspecified, IPv4-mapped and -compatible, NAT64
 * (64:ff9b::/96), discard, unique-local, link- and site-local and multicast are all refused.
 */
final class SpecialAddresses {

    private record Block(byte[] prefix, int bits) {
        static Block of(String address, int bits) {
            try {
                return new Block(InetAddress.getByName(address).getAddress(), bits);
            } catch (java.net.UnknownHostException e) {
                throw new IllegalArgumentException(address, e);
            }
        }

        boolean contains(byte[] address) {
            if (address.length != prefix.length) {
                return false;
            }
            for (int bit = 0; bit < bits; bit++) {
                int mask = 0x80 >>> (bit % 8);
                if ((address[bit / 8] & mask) != (prefix[bit / 8] & mask)) {
                    return false;
                }
            }
            return true;
        }
    }

    private static final List<Block> IPV4_SPECIAL = List.of(
            Block.of("0.0.0.0", 8), Block.of("10.0.0.0", 8), Block.of("100.64.0.0", 10), Block.of("127.0.0.0", 8),
            Block.of("169.254.0.0", 16), Block.of("172.16.0.0", 12), Block.of("192.0.0.0", 24), Block.of("192.0.2.0", 24),
            Block.of("192.31.196.0", 24), Block.of("192.52.193.0", 24), Block.of("192.88.99.0", 24), Block.of("192.168.0.0", 16),
            Block.of("192.175.48.0", 24), Block.of("198.18.0.0", 15), Block.of("198.51.100.0", 24), Block.of("203.0.113.0", 24),
            Block.of("224.0.0.0", 4), Block.of("240.0.0.0", 4));

    private static final Block IPV6_GLOBAL_UNICAST = Block.of("2000::", 3);

    private static final List<Block> IPV6_SPECIAL_IN_GLOBAL = List.of(
            Block.of("2001::", 23), Block.of("2001:db8::", 32), Block.of("2002::", 16), Block.of("3fff::", 20));

    private SpecialAddresses() {
    }

    static boolean special(InetAddress address) {
        byte[] bytes = address.getAddress();
        if (bytes.length == 4) {
            return IPV4_SPECIAL.stream().anyMatch(b -> b.contains(bytes));
        }
        return !IPV6_GLOBAL_UNICAST.contains(bytes) || IPV6_SPECIAL_IN_GLOBAL.stream().anyMatch(b -> b.contains(bytes));
    }
}
