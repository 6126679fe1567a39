package io.dudao.integration.webhook;

import io.dudao.common.error.ApiException;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.util.List;
import java.util.Locale;

/**
 * Webhook targets must be http(s) and must resolve only to public addresses (server-side request
 * forgery; see {@link SpecialAddresses}), unless an administrator allow-listed the host. Checked when
 * a webhook is saved and again before every delivery (DNS may change); the delivery then connects
 * to the address that was checked, never looking the name up a second time.
 */
@ApplicationScoped
public class TargetGuard {

    /** A checked target: the URL and the one address deliveries connect to. */
    public record Target(URI uri, InetAddress address) {
    }

    @ConfigProperty(name = "app.webhooks.allowed-hosts", defaultValue = "none")
    List<String> allowedHosts;

    public Target check(String url) {
        URI uri;
        try {
            uri = URI.create(url.trim());
        } catch (IllegalArgumentException e) {
            throw refused("不是有效的 URL", "not a valid URL");
        }
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        if (!scheme.equals("http") && !scheme.equals("https") || uri.getHost() == null) {
            throw refused("只支持 http(s) 地址", "only http(s) URLs are allowed");
        }
        if (uri.getUserInfo() != null) {
            throw refused("地址中不能包含用户名或密码", "credentials in the URL are not allowed");
        }
        String host = uri.getHost().toLowerCase(Locale.ROOT);
        InetAddress[] addresses;
        try {
            addresses = InetAddress.getAllByName(host);
        } catch (UnknownHostException e) {
            throw refused("无法解析该主机名", "the host name does not resolve");
        }
        if (!allowedHosts.contains(host)) {
            for (InetAddress address : addresses) {
                if (SpecialAddresses.special(address)) {
                    throw refused("该地址指向内网、回环、链路本地、组播或其他保留地址，不允许作为推送目标",
                            "the URL resolves to a private, loopback, link-local, multicast or other reserved address");
                }
            }
        }
        return new Target(uri, addresses[0]);
    }

    private static ApiException refused(String zh, String en) {
        return ApiException.validation("url", zh, en);
    }
}
