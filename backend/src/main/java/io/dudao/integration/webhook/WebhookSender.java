package io.dudao.integration.webhook;

import io.dudao.integration.webhook.TargetGuard.Target;

import javax.net.ssl.SNIHostName;
import javax.net.ssl.SSLParameters;
import javax.net.ssl.SSLSocket;
import javax.net.ssl.SSLSocketFactory;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Posts one delivery over HTTP/1.1 to the checked address of its target: the socket connects to
 * that address (no second DNS lookup, so a name cannot be re-pointed inward between check and send),
 * TLS verifies the certificate for the URL's host name. The whole exchange is cut off after
 * {@link #EXCHANGE_LIMIT} and at most {@link #MAX_RESPONSE_BYTES} of the answer are read: a receiver
 * that stalls or streams forever costs one thread for 15 s, never memory.
 */
final class WebhookSender {

    static final Duration EXCHANGE_LIMIT = Duration.ofSeconds(15);
    static final Duration CONNECT_LIMIT = Duration.ofSeconds(5);
    static final int MAX_RESPONSE_BYTES = 64 * 1024;

    private static final Pattern IPV4_LITERAL = Pattern.compile("\\d{1,3}(\\.\\d{1,3}){3}");
    private static final Pattern STATUS_LINE = Pattern.compile("HTTP/1\\.[01] (\\d{3})(?: .*)?");
    private static final ScheduledExecutorService WATCHDOG = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread thread = new Thread(r, "webhook-exchange-watchdog");
        thread.setDaemon(true);
        return thread;
    });

    /** The receiver answered no valid HTTP status line (refused, unreachable, timed out, not HTTP, TLS failed). */
    static final class NoAnswer extends IOException {
        NoAnswer(Throwable cause) {
            super(cause);
        }
    }

    private WebhookSender() {
    }

    /** The receiver's HTTP status. */
    static int post(Target target, Map<String, String> headers, byte[] body) throws NoAnswer {
        long deadline = System.nanoTime() + EXCHANGE_LIMIT.toNanos();
        Socket socket = new Socket();
        ScheduledFuture<?> cutOff = WATCHDOG.schedule(() -> closeQuietly(socket), EXCHANGE_LIMIT.toMillis(), TimeUnit.MILLISECONDS);
        try {
            boolean https = target.uri().getScheme().equalsIgnoreCase("https");
            int port = target.uri().getPort() != -1 ? target.uri().getPort() : https ? 443 : 80;
            socket.connect(new InetSocketAddress(target.address(), port), (int) Math.min(CONNECT_LIMIT.toMillis(), remaining(deadline)));
            Socket channel = https ? tls(socket, target.uri().getHost(), port) : socket;
            channel.setSoTimeout((int) Math.max(1, remaining(deadline)));
            OutputStream out = channel.getOutputStream();
            out.write(head(target, headers, body.length).getBytes(StandardCharsets.UTF_8));
            out.write(body);
            out.flush();
            return status(channel.getInputStream(), deadline, channel);
        } catch (IOException | RuntimeException e) {
            throw new NoAnswer(e);
        } finally {
            cutOff.cancel(false);
            closeQuietly(socket);
        }
    }

    private static Socket tls(Socket socket, String host, int port) throws IOException {
        SSLSocket tls = (SSLSocket) ((SSLSocketFactory) SSLSocketFactory.getDefault()).createSocket(socket, host, port, true);
        SSLParameters parameters = tls.getSSLParameters();
        parameters.setEndpointIdentificationAlgorithm("HTTPS");
        if (!host.startsWith("[") && !IPV4_LITERAL.matcher(host).matches()) {
            parameters.setServerNames(List.of(new SNIHostName(host)));
        }
        tls.setSSLParameters(parameters);
        tls.startHandshake();
        return tls;
    }

    private static String head(Target target, Map<String, String> headers, int length) {
        String path = target.uri().getRawPath() == null || target.uri().getRawPath().isEmpty() ? "/" : target.uri().getRawPath();
        String query = target.uri().getRawQuery() == null ? "" : "?" + target.uri().getRawQuery();
        StringBuilder head = new StringBuilder("POST ").append(path).append(query).append(" HTTP/1.1\r\n")
                .append("Host: ").append(target.uri().getRawAuthority()).append("\r\n")
                .append("Content-Length: ").append(length).append("\r\n")
                .append("Connection: close\r\n");
        headers.forEach((name, value) -> head.append(name).append(": ").append(value).append("\r\n"));
        return head.append("\r\n").toString();
    }

    /** Reads only as far as the status line, and never more than the cap. */
    private static int status(InputStream in, long deadline, Socket channel) throws IOException {
        ByteArrayOutputStream line = new ByteArrayOutputStream();
        byte[] buffer = new byte[1024];
        int total = 0;
        while (total < MAX_RESPONSE_BYTES) {
            channel.setSoTimeout((int) Math.max(1, remaining(deadline)));
            int n = in.read(buffer, 0, Math.min(buffer.length, MAX_RESPONSE_BYTES - total));
            if (n < 0) {
                break;
            }
            total += n;
            for (int i = 0; i < n; i++) {
                if (buffer[i] == '\n') {
                    line.write(buffer, 0, i);
                    Matcher m = STATUS_LINE.matcher(line.toString(StandardCharsets.ISO_8859_1).strip());
                    if (m.matches()) {
                        return Integer.parseInt(m.group(1));
                    }
                    throw new IOException("not an HTTP status line");
                }
            }
            line.write(buffer, 0, n);
        }
        throw new IOException("no status line within " + MAX_RESPONSE_BYTES + " bytes");
    }

    private static long remaining(long deadline) throws IOException {
        long millis = TimeUnit.NANOSECONDS.toMillis(deadline - System.nanoTime());
        if (millis <= 0) {
            throw new IOException("exchange limit reached");
        }
        return millis;
    }

    private static void closeQuietly(Socket socket) {
        try {
            socket.close();
        } catch (IOException ignored) {
            // closing is all that is left to do
        }
    }
}
