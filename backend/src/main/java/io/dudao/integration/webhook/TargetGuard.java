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
 * Webhook targets must be http(s) and must not resolve to loopback, link-local, private or other
 * internal addresses (server-side request forgery), unless an administrator allow-listed the host.
 * Checked when a webhook is saved and again before every delivery (DNS may change).
 */
@ApplicationScoped
public class TargetGuard {

    @ConfigProperty(name = "app.webhooks.allowed-hosts", defaultValue = "none")
    List<String> allowedHosts;

    public URI check(String url) {
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
        if (allowedHosts.contains(host)) {
            return uri;
        }
        InetAddress[] addresses;
        try {
            addresses = InetAddress.getAllByName(host);
        } catch (UnknownHostException e) {
            throw refused("无法解析该主机名", "the host name does not resolve");
        }
        for (InetAddress address : addresses) {
            if (internal(address)) {
                throw refused("该地址指向内网、回环或链路本地地址，不允许作为推送目标",
                        "the URL resolves to a loopback, link-local or private address");
            }
        }
        return uri;
    }

    static boolean internal(InetAddress a) {
        if (a.isLoopbackAddress() || a.isLinkLocalAddress() || a.isSiteLocalAddress() || a.isAnyLocalAddress()
                || a.isMulticastAddress()) {
            return true;
        }
        byte[] b = a.getAddress();
        if (b.length == 4) {
            int first = b[0] & 0xFF;
            int second = b[1] & 0xFF;
            return first == 0 || first == 100 && second >= 64 && second <= 127 // carrier-grade NAT
                    || first >= 224; // multicast and reserved
        }
        return (b[0] & 0xFE) == 0xFC; // IPv6 unique local fc00::/7
    }

    private static ApiException refused(String zh, String en) {
        return ApiException.validation("url", zh, en);
    }
}
