package io.dudao.integration.webhook;

import io.dudao.integration.webhook.TargetGuard.Target;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Which addresses a webhook may reach, and how a delivery talks to the one that was checked. */
class WebhookTargetsTest {

    @Test
    void everySpecialRangeIsRefused() throws IOException {
        for (String address : List.of(
                "0.0.0.0", "10.1.2.3", "100.64.0.1", "100.127.255.254", "127.0.0.1", "169.254.169.254", "172.16.0.1",
                "172.31.255.255", "192.0.0.8", "192.0.2.10", "192.31.196.1", "192.52.193.1", "192.88.99.1", "192.168.1.5",
                "192.175.48.1", "198.18.0.1", "198.19.255.255", "198.51.100.7", "203.0.113.9", "224.0.0.1", "239.255.255.250",
                "240.0.0.1", "255.255.255.255",
                "::", "::1", "::ffff:7f00:1", "::127.0.0.1", "64:ff9b::a00:1", "64:ff9b::808:808", "64:ff9b:1::1", "100::1",
                "2001::1", "2001:0:4136:e378:8000:63bf:3fff:fdd2", "2001:2::1", "2001:10::1", "2001:20::1", "2001:db8::1",
                "2002:7f00:1::1", "2002:0808:0808::1", "3fff::1", "fc00::1", "fd12:3456::1", "fe80::1", "fec0::1", "ff02::1",
                "ff0e::1")) {
            assertTrue(SpecialAddresses.special(InetAddress.getByName(address)), address);
        }
        for (String address : List.of("8.8.8.8", "1.1.1.1", "36.110.1.1", "100.63.255.255", "100.128.0.1", "198.17.255.255",
                "198.20.0.1", "2400:3200::1", "2606:4700:4700::1111", "2001:4860:4860::8888", "2001:200::1")) {
            assertFalse(SpecialAddresses.special(InetAddress.getByName(address)), address);
        }
    }

    /** A one-shot receiver on the loopback address: records the request head, then answers as told. */
    private static CompletableFuture<String> receiver(ServerSocket server, byte[] answer, boolean endless) {
        return CompletableFuture.supplyAsync(() -> {
            try (Socket socket = server.accept()) {
                InputStream in = socket.getInputStream();
                ByteArrayOutputStream head = new ByteArrayOutputStream();
                while (!head.toString(StandardCharsets.ISO_8859_1).contains("\r\n\r\n")) {
                    head.write(in.read());
                }
                OutputStream out = socket.getOutputStream();
                out.write(answer);
                while (endless) {
                    out.write(new byte[8192]);
                }
                out.flush();
                return head.toString(StandardCharsets.ISO_8859_1);
            } catch (IOException e) {
                return "closed: " + e.getMessage();
            }
        });
    }

    @Test
    void aDeliveryConnectsToTheCheckedAddressWithoutLookingTheNameUpAgain() throws Exception {
        try (ServerSocket server = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            CompletableFuture<String> request = receiver(server, "HTTP/1.1 204 No Content\r\n\r\n".getBytes(StandardCharsets.US_ASCII), false);
            // .invalid never resolves: reaching the receiver proves no second lookup happened
            Target target = new Target(URI.create("http://portal.dudao.invalid:" + server.getLocalPort() + "/hook?x=1"),
                    InetAddress.getLoopbackAddress());
            int status = WebhookSender.post(target, Map.of("X-Dudao-Event", "task.created"), "{}".getBytes(StandardCharsets.UTF_8));
            assertEquals(204, status);
            String head = request.get(10, TimeUnit.SECONDS);
            assertTrue(head.startsWith("POST /hook?x=1 HTTP/1.1\r\n"), head);
            assertTrue(head.contains("\r\nHost: portal.dudao.invalid:" + server.getLocalPort() + "\r\n"), head);
            assertTrue(head.contains("\r\nX-Dudao-Event: task.created\r\n"), head);
        }
    }

    @Test
    void anEndlessAnswerIsReadNoFurtherThanTheCap() throws Exception {
        try (ServerSocket server = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            CompletableFuture<String> exchange = receiver(server, "HTTP/1.1 200 ".getBytes(StandardCharsets.US_ASCII), true);
            Target target = new Target(URI.create("http://127.0.0.1:" + server.getLocalPort() + "/hook"), InetAddress.getLoopbackAddress());
            assertThrows(WebhookSender.NoAnswer.class, () -> WebhookSender.post(target, Map.of(), new byte[0]));
            assertTrue(exchange.get(10, TimeUnit.SECONDS).startsWith("closed"), "the sender hung up on the endless answer");
        }
    }
}
