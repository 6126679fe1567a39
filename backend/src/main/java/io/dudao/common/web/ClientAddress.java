package io.dudao.common.web;

import io.vertx.core.http.HttpServerRequest;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * The address a request came from, for per-address limits. X-Forwarded-For is believed only when
 * the connection comes from a configured trusted proxy (APP_TRUSTED_PROXIES: addresses or CIDR
 * ranges); then the client is the right-most forwarded address that is not itself a trusted proxy.
 * Anyone else can write that header, so from them it is ignored.
 */
@ApplicationScoped
public class ClientAddress {

    @ConfigProperty(name = "app.http.trusted-proxies")
    Optional<String> configured;

    private volatile List<Range> trusted = List.of();

    @PostConstruct
    void init() {
        trusted = parse(configured.orElse(""));
    }

    public String of(HttpServerRequest request) {
        String peer = request.remoteAddress() == null ? null : request.remoteAddress().hostAddress();
        return resolve(trusted, peer, request.getHeader("X-Forwarded-For"));
    }

    /** Replaces the trusted proxies (tests; production sets APP_TRUSTED_PROXIES). */
    public void trust(String proxies) {
        trusted = parse(proxies);
    }

    static String resolve(List<Range> trusted, String peer, String forwardedFor) {
        if (peer == null) {
            return "?";
        }
        if (forwardedFor == null || forwardedFor.isBlank() || !isTrusted(trusted, peer)) {
            return peer;
        }
        List<String> hops = Arrays.stream(forwardedFor.split(",")).map(String::trim).filter(s -> !s.isEmpty()).toList();
        for (int i = hops.size() - 1; i >= 0; i--) {
            String hop = hops.get(i);
            if (address(hop) == null) {
                return peer; // a forged or garbled chain: fall back to the proxy itself
            }
            if (!isTrusted(trusted, hop) || i == 0) {
                return hop;
            }
        }
        return peer;
    }

    private static boolean isTrusted(List<Range> trusted, String host) {
        InetAddress address = address(host);
        return address != null && trusted.stream().anyMatch(r -> r.contains(address));
    }

    /** A literal IPv4 or IPv6 address, never a name lookup. */
    private static InetAddress address(String literal) {
        String s = literal.startsWith("[") && literal.endsWith("]") ? literal.substring(1, literal.length() - 1) : literal;
        if (!s.matches("[0-9a-fA-F:.]+") || !(s.contains(".") || s.contains(":"))) {
            return null;
        }
        try {
            return InetAddress.getByName(s);
        } catch (UnknownHostException e) {
            return null;
        }
    }

    static List<Range> parse(String proxies) {
        List<Range> out = new ArrayList<>();
        for (String entry : proxies.split(",")) {
            String e = entry.trim();
            if (e.isEmpty() || e.equalsIgnoreCase("none")) {
                continue;
            }
            String[] parts = e.split("/", 2);
            InetAddress base = address(parts[0]);
            if (base == null) {
                throw new IllegalArgumentException("APP_TRUSTED_PROXIES: not an address or CIDR range: " + e);
            }
            int max = base.getAddress().length * 8;
            int bits = parts.length == 2 && parts[1].matches("\\d{1,3}") ? Integer.parseInt(parts[1]) : parts.length == 2 ? -1 : max;
            if (bits < 0 || bits > max) {
                throw new IllegalArgumentException("APP_TRUSTED_PROXIES: bad prefix length in " + e);
            }
            out.add(new Range(base.getAddress(), bits));
        }
        return List.copyOf(out);
    }

    record Range(byte[] base, int bits) {
        boolean contains(InetAddress address) {
            byte[] a = address.getAddress();
            if (a.length != base.length) {
                return false;
            }
            for (int i = 0; i < bits; i++) {
                int mask = 0x80 >> (i % 8);
                if ((a[i / 8] & mask) != (base[i / 8] & mask)) {
                    return false;
                }
            }
            return true;
        }
    }
}
