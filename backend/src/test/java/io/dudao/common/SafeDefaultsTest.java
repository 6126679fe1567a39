package io.dudao.common;

import io.dudao.common.security.SecretBox;
import io.dudao.support.Api;
import io.dudao.support.World;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import org.eclipse.microprofile.config.ConfigProvider;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Defaults that are safe without configuration, and secrets the database keeps but cannot show. */
@QuarkusTest
class SafeDefaultsTest {

    @Inject
    World world;

    @Inject
    EntityManager em;

    @Inject
    SecretBox secrets;

    World.Tree tree;

    @BeforeEach
    void setUp() {
        tree = world.create();
    }

    @Test
    void theServerListensOnLoopbackUnlessToldOtherwise() {
        assertEquals("127.0.0.1", ConfigProvider.getConfig().getValue("quarkus.http.host", String.class));
    }

    @Test
    void swaggerUiIsOffUnlessAskedForWhileTheContractStaysPublished() {
        given().get("/q/swagger-ui/").then().statusCode(404);
        given().get("/q/openapi").then().statusCode(200);
    }

    @Test
    void theServerSaysWhetherDemoDataIsOn() {
        given().get("/api/v1/public/instance").then().statusCode(200).body("demoData", equalTo(false));
    }

    @Test
    void webhookSecretsAreEncryptedAtRest() {
        String secret = "portal-secret-" + UUID.randomUUID();
        int id = Api.as(tree.cityOffice()).body(Map.of("url", "http://127.0.0.1:9/hook", "eventTypes", List.of("*"),
                "secret", secret)).post("/api/v1/webhooks").then().statusCode(201).extract().path("id");
        String stored = QuarkusTransaction.requiringNew().call(() -> (String) em.createNativeQuery(
                "select secret from webhook where id = ?1").setParameter(1, id).getSingleResult());
        assertFalse(stored.contains(secret), stored);
        assertTrue(stored.startsWith("v1:"), stored);
        assertEquals(secret, secrets.decrypt(stored));
        // two encryptions of one secret differ (a fresh nonce each time)
        assertFalse(secrets.encrypt(secret).equals(secrets.encrypt(secret)));
    }

    @Test
    void anIdempotentReplayNeverStoresAClientSecretInClear() {
        String key = UUID.randomUUID().toString();
        Map<String, Object> body = Map.of("name", "门户" + tree.tag(), "organizationId", tree.countyA(), "scopes", List.of("tasks:read"));
        String secret = Api.as(tree.cityOffice()).header("Idempotency-Key", key).body(body).post("/api/v1/api-clients").then()
                .statusCode(201).extract().path("clientSecret");
        byte[] stored = QuarkusTransaction.requiringNew().call(() -> (byte[]) em.createNativeQuery(
                "select body from idempotency_record where key = ?1").setParameter(1, key).getSingleResult());
        assertFalse(new String(stored, StandardCharsets.ISO_8859_1).contains(secret));
        assertFalse(new String(stored, StandardCharsets.UTF_8).contains("clientSecret"));
        // the retry still gets the answer, secret included
        Api.as(tree.cityOffice()).header("Idempotency-Key", key).body(body).post("/api/v1/api-clients").then()
                .statusCode(201).header("Idempotent-Replayed", "true").body("clientSecret", equalTo(secret));
    }
}
