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
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
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
