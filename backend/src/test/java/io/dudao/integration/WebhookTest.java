package io.dudao.integration;

import com.sun.net.httpserver.HttpServer;
import io.dudao.integration.webhook.WebhookDispatcher;
import io.dudao.support.Api;
import io.dudao.support.World;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Signed webhook deliveries to a local receiver, retries, redelivery and the SSRF guard. */
@QuarkusTest
class WebhookTest {

    static final String SECRET = "portal-shared-secret-0123456789";

    record Received(String delivery, String event, String timestamp, String signature, String body) {
    }

    @Inject
    World world;

    World.Tree tree;
    HttpServer receiver;
    final List<Received> received = new CopyOnWriteArrayList<>();
    final AtomicInteger failuresToSend = new AtomicInteger();

    @BeforeEach
    void setUp() throws IOException {
        tree = world.create();
        receiver = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        receiver.createContext("/hook", exchange -> {
            String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
            received.add(new Received(exchange.getRequestHeaders().getFirst("X-Dudao-Delivery"),
                    exchange.getRequestHeaders().getFirst("X-Dudao-Event"),
                    exchange.getRequestHeaders().getFirst("X-Dudao-Timestamp"),
                    exchange.getRequestHeaders().getFirst("X-Dudao-Signature"), body));
            int status = failuresToSend.getAndDecrement() > 0 ? 503 : 204;
            exchange.sendResponseHeaders(status, -1);
            exchange.close();
        });
        receiver.start();
    }

    @AfterEach
    void tearDown() {
        receiver.stop(0);
    }

    private String hookUrl() {
        return "http://127.0.0.1:" + receiver.getAddress().getPort() + "/hook";
    }

    private int subscribe(List<String> types) {
        return Api.as(tree.cityOffice()).body(Map.of("url", hookUrl(), "eventTypes", types, "secret", SECRET))
                .post("/api/v1/webhooks").then().statusCode(201).extract().path("id");
    }

    private int task(long assignee) {
        return Api.as(tree.cityOffice()).body(Map.of("title", "推送任务", "category", "OTHER", "assigneeOrgId", assignee,
                "dueDate", LocalDate.now().plusDays(5).toString())).post("/api/v1/tasks").then().statusCode(201).extract().path("id");
    }

    private void awaitReceived(int count) throws InterruptedException {
        long deadline = System.currentTimeMillis() + 20_000;
        while (received.size() < count && System.currentTimeMillis() < deadline) {
            Thread.sleep(200);
        }
        assertTrue(received.size() >= count, "received " + received.size() + " of " + count);
    }

    @Test
    void changesArriveSignedAndOnlyForSubscribedTypes() throws Exception {
        subscribe(List.of("task.accepted", "task.created"));
        int id = task(tree.countyA());
        awaitReceived(1);
        Received first = received.get(0);
        assertEquals("task.created", first.event());
        assertTrue(first.body().contains("\"resourceId\":\"" + id + "\""), first.body());
        assertEquals("sha256=" + WebhookDispatcher.sign(SECRET, first.timestamp() + "." + first.body()), first.signature());

        Api.as(tree.countyAOffice()).post("/api/v1/tasks/" + id + "/start").then().statusCode(200);
        Api.as(tree.countyAOffice()).post("/api/v1/tasks/" + id + "/submit").then().statusCode(200);
        Api.as(tree.cityOffice()).post("/api/v1/tasks/" + id + "/accept").then().statusCode(200);
        awaitReceived(2);
        Thread.sleep(1500);
        assertEquals(List.of("task.created", "task.accepted"), received.stream().map(Received::event).toList());
    }

    @Test
    void failedDeliveriesRetryWithTheSameIdAndCanBeRedelivered() throws Exception {
        failuresToSend.set(1);
        int hook = subscribe(List.of("task.created"));
        task(tree.countyB());
        awaitReceived(2);
        assertEquals(received.get(0).delivery(), received.get(1).delivery(), "a retry keeps its delivery id");
        String delivery = received.get(1).delivery();
        Api.as(tree.cityOffice()).get("/api/v1/webhooks/" + hook + "/deliveries").then().statusCode(200)
                .body("items.find { it.id == '" + delivery + "' }.status", equalTo("DELIVERED"))
                .body("items.find { it.id == '" + delivery + "' }.attempts", equalTo(2));

        Api.as(tree.cityOffice()).post("/api/v1/webhooks/" + hook + "/deliveries/" + delivery + "/redeliver").then()
                .statusCode(200).body("status", equalTo("PENDING"));
        awaitReceived(3);
        assertEquals(delivery, received.get(2).delivery());
        Api.as(tree.countyAOffice()).get("/api/v1/webhooks/" + hook + "/deliveries").then().statusCode(403);
    }

    @Test
    void overLongEventTypesAre400AndDeliveriesComeAsAPage() {
        List<String> many = new java.util.ArrayList<>();
        for (int i = 0; i < 45; i++) {
            many.add("task.event_" + "x".repeat(20) + i);
        }
        Api.as(tree.cityOffice()).body(Map.of("url", hookUrl(), "eventTypes", many, "secret", SECRET))
                .post("/api/v1/webhooks").then().statusCode(400).body("errors[0].field", equalTo("eventTypes"));
        Api.as(tree.cityOffice()).body(Map.of("url", hookUrl(), "eventTypes", List.of("task." + "a".repeat(2000)), "secret", SECRET))
                .post("/api/v1/webhooks").then().statusCode(400).body("errors[0].field", org.hamcrest.Matchers.startsWith("eventTypes"));
        Api.as(tree.cityOffice()).body(Map.of("url", hookUrl(), "eventTypes", List.of("task accepted"), "secret", SECRET))
                .post("/api/v1/webhooks").then().statusCode(400).body("errors[0].field", org.hamcrest.Matchers.startsWith("eventTypes"));

        int hook = subscribe(List.of("task.created"));
        task(tree.countyA());
        task(tree.countyA());
        task(tree.countyA());
        Api.as(tree.cityOffice()).get("/api/v1/webhooks/" + hook + "/deliveries?size=2").then().statusCode(200)
                .body("items.size()", equalTo(2)).body("total", equalTo(3)).body("size", equalTo(2));
        Api.as(tree.cityOffice()).get("/api/v1/webhooks/" + hook + "/deliveries?size=2&page=1").then().statusCode(200)
                .body("items.size()", equalTo(1)).body("total", equalTo(3));
        Api.as(tree.cityOffice()).get("/api/v1/webhooks/" + hook + "/deliveries?size=201").then().statusCode(400);
    }

    /** Receivers that never finish their answer: a flood of bytes without a line end, or one byte a second. */
    static final class EndlessReceiver implements AutoCloseable {
        final ServerSocket server;
        final AtomicInteger open = new AtomicInteger();
        final AtomicInteger requests = new AtomicInteger();

        EndlessReceiver(boolean trickle) throws IOException {
            server = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
            Thread acceptor = new Thread(() -> {
                while (!server.isClosed()) {
                    try {
                        Socket socket = server.accept();
                        requests.incrementAndGet();
                        open.incrementAndGet();
                        Thread worker = new Thread(() -> stream(socket, trickle));
                        worker.setDaemon(true);
                        worker.start();
                    } catch (IOException closed) {
                        return;
                    }
                }
            });
            acceptor.setDaemon(true);
            acceptor.start();
        }

        private void stream(Socket socket, boolean trickle) {
            try (socket) {
                OutputStream out = socket.getOutputStream();
                out.write("HTTP/1.1 200 ".getBytes(StandardCharsets.US_ASCII));
                byte[] flood = new byte[8192];
                Arrays.fill(flood, (byte) 'x');
                while (true) {
                    if (trickle) {
                        out.write('x');
                        out.flush();
                        Thread.sleep(1000);
                    } else {
                        out.write(flood);
                    }
                }
            } catch (IOException | InterruptedException hungUp) {
                open.decrementAndGet();
            }
        }

        String url() {
            return "http://127.0.0.1:" + server.getLocalPort() + "/hook";
        }

        @Override
        public void close() throws IOException {
            server.close();
        }
    }

    private int subscribe(String url) {
        return Api.as(tree.cityOffice()).body(Map.of("url", url, "eventTypes", List.of("task.created"), "secret", SECRET))
                .post("/api/v1/webhooks").then().statusCode(201).extract().path("id");
    }

    private Map<String, Object> onlyDelivery(int hook) {
        return Api.as(tree.cityOffice()).get("/api/v1/webhooks/" + hook + "/deliveries").then().statusCode(200)
                .extract().path("items[0]");
    }

    private Map<String, Object> awaitAttempted(int hook) throws InterruptedException {
        long deadline = System.currentTimeMillis() + 40_000;
        Map<String, Object> delivery = onlyDelivery(hook);
        while (((Integer) delivery.get("attempts")) == 0 && System.currentTimeMillis() < deadline) {
            Thread.sleep(500);
            delivery = onlyDelivery(hook);
        }
        return delivery;
    }

    @Test
    void receiversThatStreamForeverDoNotHoldUpTheOthersAndErrorsStayGeneric() throws Exception {
        int closedPort;
        try (ServerSocket probe = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            closedPort = probe.getLocalPort();
        }
        try (EndlessReceiver flood = new EndlessReceiver(false); EndlessReceiver trickle = new EndlessReceiver(true)) {
            int floodHook = subscribe(flood.url());
            int trickleHook = subscribe(trickle.url());
            int refusedHook = subscribe("http://127.0.0.1:" + closedPort + "/hook");
            subscribe(List.of("task.created"));
            task(tree.countyA());

            awaitReceived(1);
            assertTrue(trickle.open.get() > 0, "the well-behaved receiver got its delivery while another still streams");
            Api.as(tree.cityOffice()).get("/api/v1/webhooks").then().statusCode(200);

            Map<String, Object> flooded = awaitAttempted(floodHook);
            Map<String, Object> trickled = awaitAttempted(trickleHook);
            Map<String, Object> refused = awaitAttempted(refusedHook);
            for (Map<String, Object> failed : List.of(flooded, trickled, refused)) {
                assertEquals("PENDING", failed.get("status"), failed.toString());
                assertEquals(WebhookDispatcher.NO_ANSWER, failed.get("lastError"), "refused, silent and endless look alike");
            }
        }
    }

    @Test
    void aLateResultNeverOverwritesANewerDeliveryState() throws Exception {
        CountDownLatch firstHeld = new CountDownLatch(1);
        CountDownLatch releaseFirst = new CountDownLatch(1);
        CountDownLatch firstAnswered = new CountDownLatch(1);
        AtomicInteger calls = new AtomicInteger();
        HttpServer slow = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        slow.setExecutor(Executors.newCachedThreadPool());
        slow.createContext("/hook", exchange -> {
            exchange.getRequestBody().readAllBytes();
            if (calls.incrementAndGet() == 1) {
                firstHeld.countDown();
                try {
                    releaseFirst.await(60, TimeUnit.SECONDS);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
                exchange.sendResponseHeaders(500, -1);
                exchange.close();
                firstAnswered.countDown();
                return;
            }
            exchange.sendResponseHeaders(204, -1);
            exchange.close();
        });
        slow.start();
        try {
            int hook = subscribe("http://127.0.0.1:" + slow.getAddress().getPort() + "/hook");
            task(tree.countyA());
            assertTrue(firstHeld.await(20, TimeUnit.SECONDS));
            String delivery = (String) onlyDelivery(hook).get("id");
            // queued again while the first attempt still waits for its answer: the second attempt succeeds
            Api.as(tree.cityOffice()).post("/api/v1/webhooks/" + hook + "/deliveries/" + delivery + "/redeliver").then().statusCode(200);
            long deadline = System.currentTimeMillis() + 20_000;
            while (!"DELIVERED".equals(onlyDelivery(hook).get("status")) && System.currentTimeMillis() < deadline) {
                Thread.sleep(200);
            }
            assertEquals("DELIVERED", onlyDelivery(hook).get("status"));
            // now the first attempt's 500 arrives late: it must not turn the delivery back into a failure
            releaseFirst.countDown();
            assertTrue(firstAnswered.await(20, TimeUnit.SECONDS));
            Thread.sleep(1500);
            Map<String, Object> after = onlyDelivery(hook);
            assertEquals("DELIVERED", after.get("status"), after.toString());
            assertEquals(204, after.get("lastStatus"), after.toString());
        } finally {
            releaseFirst.countDown();
            slow.stop(0);
        }
    }

    @Test
    void internalTargetsAreRefused() {
        for (String url : List.of("http://10.1.2.3/hook", "http://169.254.169.254/latest/meta-data", "http://localhost:8080/x",
                "http://192.168.1.5/", "ftp://example.org/hook", "http://[::1]/hook")) {
            Api.as(tree.cityOffice()).body(Map.of("url", url, "eventTypes", List.of("*"), "secret", SECRET))
                    .post("/api/v1/webhooks").then().statusCode(400).body("errors[0].field", equalTo("url"));
        }
        Api.as(tree.countyAOffice()).body(Map.of("url", hookUrl(), "eventTypes", List.of("*"), "secret", SECRET))
                .post("/api/v1/webhooks").then().statusCode(403);
    }
}
