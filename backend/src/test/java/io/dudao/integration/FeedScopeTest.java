package io.dudao.integration;

import io.dudao.support.Api;
import io.dudao.support.World;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.config.HttpClientConfig;
import io.restassured.config.MultiPartConfig;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import org.apache.http.entity.mime.HttpMultipartMode;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The change feed and file downloads give each caller only what it may read. */
@QuarkusTest
class FeedScopeTest {

    static final String CASES = "/api/v1/accountability-cases";

    @Inject
    World world;

    World.Tree tree;

    @BeforeEach
    void setUp() {
        tree = world.create();
    }

    /** Every event type the bearer may read, following the cursor to the end. */
    private static List<String> feedTypes(String bearer) {
        List<String> types = new ArrayList<>();
        String cursor = "";
        while (true) {
            var page = given().auth().oauth2(bearer).get("/api/v1/events?limit=500&after=" + cursor).then().statusCode(200).extract();
            List<String> items = page.path("items.type");
            if (items.isEmpty()) {
                return types;
            }
            types.addAll(items);
            cursor = page.path("nextCursor");
        }
    }

    private String clientToken(long orgId, String... scopes) {
        var created = Api.as(tree.cityOffice()).body(Map.of("name", "门户 " + String.join(",", scopes), "organizationId", orgId,
                "scopes", List.of(scopes))).post("/api/v1/api-clients").then().statusCode(201).extract();
        return given().contentType("application/x-www-form-urlencoded").formParam("grant_type", "client_credentials")
                .formParam("client_id", (String) created.path("clientId")).formParam("client_secret", (String) created.path("clientSecret"))
                .post("/api/v1/auth/token").then().statusCode(200).extract().path("access_token");
    }

    private int openCase(long subject) {
        return Api.as(tree.cityOffice()).body(Map.of("subjectType", "GOVERNMENT", "subjectOrgId", subject,
                        "scenarioCodes", List.of(), "source", "OTHER", "facts", "重点任务严重滞后"))
                .post(CASES).then().statusCode(201).extract().path("id");
    }

    @Test
    void accountAndIntegrationEventsReachOnlyOfficesAndAdministrators() {
        Api.as(tree.countyAOffice()).body(Map.of("username", tree.tag() + "_t", "displayName", "新教师", "password", "Passw0rd!x",
                "roles", List.of("SCHOOL"), "organizationId", tree.schoolA())).post("/api/v1/users").then().statusCode(201);
        assertTrue(feedTypes(Api.token(tree.countyAOffice())).contains("user.created"));
        assertTrue(feedTypes(Api.token(tree.cityOffice())).contains("user.created"));
        for (String reader : List.of(tree.schoolAUser(), tree.viewer(), tree.supervisorA())) {
            List<String> types = feedTypes(Api.token(reader));
            assertFalse(types.stream().anyMatch(t -> t.startsWith("user.")), reader + " " + types);
        }
        String client = clientToken(tree.countyA(), "events:read");
        List<String> types = feedTypes(client);
        assertFalse(types.stream().anyMatch(t -> t.startsWith("user.") || t.startsWith("api_client.")), types.toString());
    }

    @Test
    void caseEventsFollowCaseVisibilityAndClientsNeedCasesRead() {
        int id = openCase(tree.countyA());
        Api.as(tree.cityOffice()).body(Map.of()).post(CASES + "/" + id + "/investigate").then().statusCode(200);
        String eventsOnly = clientToken(tree.city(), "events:read");
        String withCases = clientToken(tree.city(), "events:read", "cases:read");
        assertFalse(feedTypes(eventsOnly).stream().anyMatch(t -> t.startsWith("case.")));
        assertTrue(feedTypes(withCases).contains("case.created"));
        // the subject learns of the case with the written notice, and never of internal steps
        assertFalse(feedTypes(Api.token(tree.countyAOffice())).stream().anyMatch(t -> t.startsWith("case.")));
        Api.as(tree.cityOffice()).body(Map.of()).post(CASES + "/" + id + "/notify").then().statusCode(200);
        List<String> subject = feedTypes(Api.token(tree.countyAOffice()));
        assertTrue(subject.contains("case.notified"), subject.toString());
        assertFalse(subject.contains("case.created") || subject.contains("case.investigated"), subject.toString());
        // another county sees nothing of it
        assertFalse(feedTypes(Api.token(tree.countyBOffice())).stream().anyMatch(t -> t.startsWith("case.")));
    }

    @Test
    void aClientNeedsTheScopeOfWhatAFileIsAttachedTo() {
        int id = openCase(tree.countyB());
        Api.as(tree.cityOffice()).body(Map.of()).post(CASES + "/" + id + "/investigate").then().statusCode(200);
        Api.as(tree.cityOffice()).body(Map.of()).post(CASES + "/" + id + "/notify").then().statusCode(200);
        int file = RestAssured.given().auth().oauth2(Api.token(tree.countyBOffice()))
                .config(RestAssured.config().httpClient(HttpClientConfig.httpClientConfig()
                                .httpMultipartMode(HttpMultipartMode.BROWSER_COMPATIBLE))
                        .multiPartConfig(MultiPartConfig.multiPartConfig().defaultCharset(StandardCharsets.UTF_8)))
                .multiPart("file", "陈述申辩.txt", "我县已制定整改方案。".getBytes(StandardCharsets.UTF_8), "text/plain")
                .post("/api/v1/attachments").then().statusCode(201).extract().path("id");
        Api.as(tree.countyBOffice()).body(Map.of("text", "请求从轻处理。", "attachmentIds", List.of(file)))
                .post(CASES + "/" + id + "/statement").then().statusCode(200);

        given().auth().oauth2(clientToken(tree.city(), "tasks:read")).get("/api/v1/attachments/" + file).then().statusCode(404);
        given().auth().oauth2(clientToken(tree.city(), "cases:read")).get("/api/v1/attachments/" + file).then().statusCode(200);
        given().auth().oauth2(clientToken(tree.countyA(), "cases:read")).get("/api/v1/attachments/" + file).then().statusCode(404);
        Api.as(tree.cityOffice()).accept(ContentType.ANY).get("/api/v1/attachments/" + file).then().statusCode(200);
    }
}
