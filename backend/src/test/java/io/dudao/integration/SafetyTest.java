package io.dudao.integration;

import io.dudao.support.Api;
import io.dudao.support.World;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
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
