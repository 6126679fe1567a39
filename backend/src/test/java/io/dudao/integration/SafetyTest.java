package io.dudao.integration;

import io.dudao.support.Api;
import io.dudao.support.World;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;

import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Idempotent retries, conditional GETs and rate limits: what scripted callers rely on. */
@QuarkusTest
class SafetyTest {

    @Inject
    World world;

    @Inject
    RateLimiter rateLimiter;

    @Inject
    EntityManager em;

    World.Tree tree;

    @BeforeEach
    void setUp() {
        tree = world.create();
    }

    private Map<String, Object> task(String title) {
        return Map.of("title", title, "category", "OTHER", "assigneeOrgId", tree.countyA(),
                "dueDate", LocalDate.now().plusDays(5).toString());
    }

    @Test
    void aRetryWithTheSameKeyReplaysTheFirstAnswer() {
        String key = UUID.randomUUID().toString();
        var first = Api.as(tree.cityOffice()).header("Idempotency-Key", key).body(task("幂等任务"))
                .post("/api/v1/tasks").then().statusCode(201).extract();
        var second = Api.as(tree.cityOffice()).header("Idempotency-Key", key).body(task("幂等任务"))
                .post("/api/v1/tasks").then().statusCode(201)
                .header("Idempotent-Replayed", "true")
                .header("Location", first.header("Location"))
                .header("ETag", first.header("ETag"))
                .extract();
        assertEquals(first.<Integer>path("id"), second.<Integer>path("id"));
        Api.as(tree.cityOffice()).get("/api/v1/tasks?q=幂等任务&assigneeOrgId=" + tree.countyA()).then()
                .body("total", equalTo(1));
        // the same key with another body is refused, and nothing is created
        Api.as(tree.cityOffice()).header("Idempotency-Key", key).body(task("另一个任务"))
                .post("/api/v1/tasks").then().statusCode(422).body("code", equalTo("IDEMPOTENCY_KEY_REUSED"));
        Api.as(tree.cityOffice()).get("/api/v1/tasks?q=另一个任务&assigneeOrgId=" + tree.countyA()).then()
                .body("total", equalTo(0));
        // keys belong to their caller: another user's same key is a new request
        Api.as(tree.admin()).header("Idempotency-Key", key).body(task("幂等任务"))
                .post("/api/v1/tasks").then().statusCode(201).header("Idempotent-Replayed", (String) null);
    }

    @Test
    void errorsAreReplayedToo() {
        String key = UUID.randomUUID().toString();
        Map<String, Object> bad = Map.of("title", "越界", "category", "OTHER", "assigneeOrgId", tree.countyB());
        Api.as(tree.countyAOffice()).header("Idempotency-Key", key).body(bad).post("/api/v1/tasks").then()
                .statusCode(400).body("errors[0].field", equalTo("assigneeOrgId"));
        Api.as(tree.countyAOffice()).header("Idempotency-Key", key).body(bad).post("/api/v1/tasks").then()
                .statusCode(400).header("Idempotent-Replayed", "true").body("errors[0].field", equalTo("assigneeOrgId"));
    }

    @Test
    void theFingerprintCoversMethodPathQueryAndEveryByteOfTheBody() {
        String key = UUID.randomUUID().toString();
        Api.as(tree.cityOffice()).header("Idempotency-Key", key).body(task("指纹任务")).post("/api/v1/tasks").then().statusCode(201);
        Api.as(tree.cityOffice()).header("Idempotency-Key", key).body(task("指纹任务")).post("/api/v1/tasks?notify=all").then()
                .statusCode(422).body("code", equalTo("IDEMPOTENCY_KEY_REUSED"));
        Api.as(tree.cityOffice()).header("Idempotency-Key", key).body(task("指纹任务")).post("/api/v1/tasks/batch").then()
                .statusCode(422);

        // multipart: the parts' bytes count, not just the length (and a new boundary on retry is still the same request)
        String upload = UUID.randomUUID().toString();
        int first = attach(upload, "整改说明：已完成。").statusCode(201).extract().path("id");
        attach(upload, "整改说明：已完成。").statusCode(201).header("Idempotent-Replayed", "true").body("id", equalTo(first));
        attach(upload, "整改说明：未完成。").statusCode(422).body("code", equalTo("IDEMPOTENCY_KEY_REUSED"));
    }

    private io.restassured.response.ValidatableResponse attach(String key, String text) {
        return io.restassured.RestAssured.given().auth().oauth2(Api.token(tree.cityOffice())).header("Idempotency-Key", key)
                .config(io.restassured.RestAssured.config().multiPartConfig(
                        io.restassured.config.MultiPartConfig.multiPartConfig().defaultCharset(java.nio.charset.StandardCharsets.UTF_8)))
                .multiPart("file", "说明.txt", text.getBytes(java.nio.charset.StandardCharsets.UTF_8), "text/plain")
                .post("/api/v1/attachments").then();
    }

    @Test
    void aKeyWhoseFirstRequestDiedHoldsForAtMostSixtySeconds() {
        String died = UUID.randomUUID().toString();
        String running = UUID.randomUUID().toString();
        int first = Api.as(tree.cityOffice()).header("Idempotency-Key", died).body(task("重试任务")).post("/api/v1/tasks").then()
                .statusCode(201).extract().path("id");
        Api.as(tree.cityOffice()).header("Idempotency-Key", running).body(task("重试任务")).post("/api/v1/tasks").then().statusCode(201);
        // as if no answer was ever recorded: one replica died 61 s ago, another may still be working 10 s in
        inFlightSince(died, 61);
        inFlightSince(running, 10);
        int second = Api.as(tree.cityOffice()).header("Idempotency-Key", died).body(task("重试任务")).post("/api/v1/tasks").then()
                .statusCode(201).header("Idempotent-Replayed", (String) null).extract().path("id");
        assertNotEquals(first, second);
        Api.as(tree.cityOffice()).header("Idempotency-Key", died).body(task("重试任务")).post("/api/v1/tasks").then().statusCode(201)
                .header("Idempotent-Replayed", "true").body("id", equalTo(second));
        Api.as(tree.cityOffice()).header("Idempotency-Key", running).body(task("重试任务")).post("/api/v1/tasks").then().statusCode(409)
                .body("code", equalTo("IDEMPOTENCY_IN_PROGRESS"));
    }

    private void inFlightSince(String key, int secondsAgo) {
        QuarkusTransaction.requiringNew().run(() -> em.createNativeQuery("""
                        update idempotency_record set status = null, headers = null, body = null, completed_at = null,
                            created_at = now() - make_interval(secs => ?2) where key = ?1""")
                .setParameter(1, key).setParameter(2, (double) secondsAgo).executeUpdate());
    }

    @Test
    void conditionalGetsAnswer304() {
        int id = Api.as(tree.cityOffice()).body(task("条件请求")).post("/api/v1/tasks").then().statusCode(201)
                .extract().path("id");
        String etag = Api.as(tree.cityOffice()).get("/api/v1/tasks/" + id).then().statusCode(200)
                .header("ETag", notNullValue()).extract().header("ETag");
        Api.as(tree.cityOffice()).header("If-None-Match", etag).get("/api/v1/tasks/" + id).then().statusCode(304);
        Api.as(tree.countyAOffice()).post("/api/v1/tasks/" + id + "/start").then().statusCode(200);
        Api.as(tree.cityOffice()).header("If-None-Match", etag).get("/api/v1/tasks/" + id).then().statusCode(200)
                .body("status", equalTo("IN_PROGRESS"));
    }

    @Test
    void oneCallersCachedAnswerIsNeverAnotherCallersNotModified() {
        int id = Api.as(tree.cityOffice()).body(task("两个用户的缓存")).post("/api/v1/tasks").then().statusCode(201)
                .extract().path("id");
        String assigneeTag = Api.as(tree.countyAOffice()).get("/api/v1/tasks/" + id).then().statusCode(200)
                .header("Cache-Control", "private, no-cache").body("allowedActions", hasItem("start"))
                .extract().header("ETag");
        // same URL, same version, another user of the same browser: the issuer's own buttons, not a 304
        String issuerTag = Api.as(tree.cityOffice()).header("If-None-Match", assigneeTag).get("/api/v1/tasks/" + id)
                .then().statusCode(200).body("allowedActions", hasItem("cancel"))
                .body("allowedActions", not(hasItem("start"))).extract().header("ETag");
        assertNotEquals(assigneeTag, issuerTag);
        Api.as(tree.cityOffice()).header("If-None-Match", issuerTag).get("/api/v1/tasks/" + id).then().statusCode(304);
        // the tag a GET gave is good for If-Match: its version part is what counts
        Map<String, Object> update = new java.util.HashMap<>(task("两个用户的缓存（改）"));
        Api.as(tree.cityOffice()).header("If-Match", issuerTag).body(update).put("/api/v1/tasks/" + id).then()
                .statusCode(200).body("title", equalTo("两个用户的缓存（改）"));
        Api.as(tree.cityOffice()).header("If-Match", issuerTag).body(update).put("/api/v1/tasks/" + id).then()
                .statusCode(412);
    }

    @Test
    void tooManyRequestsGet429WithRetryAfter() {
        Api.token(tree.viewer());
        try {
            rateLimiter.configure(true, 1, 3);
            for (int i = 0; i < 3; i++) {
                Api.as(tree.viewer()).get("/api/v1/me").then().statusCode(200);
            }
            String retryAfter = Api.as(tree.viewer()).get("/api/v1/me").then().statusCode(429)
                    .contentType("application/problem+json").body("code", equalTo("RATE_LIMITED"))
                    .extract().header("Retry-After");
            assertTrue(Integer.parseInt(retryAfter) >= 1);
            // another caller has its own bucket
            Api.as(tree.countyBOffice()).get("/api/v1/me").then().statusCode(200);
        } finally {
            rateLimiter.configure(false, 20, 40);
        }
    }
}
