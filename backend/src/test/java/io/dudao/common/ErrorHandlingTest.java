package io.dudao.common;

import io.dudao.support.Api;
import io.dudao.support.World;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;

/** Every client mistake is a 4xx application/problem+json, never a 5xx or a stack trace. */
@QuarkusTest
class ErrorHandlingTest {

    @Inject
    World world;

    World.Tree tree;

    @BeforeEach
    void setUp() {
        tree = world.create();
    }

    @Test
    void unknownApiPathIs404Problem() {
        Api.as(tree.admin()).get("/api/v1/no-such-thing").then().statusCode(404)
                .contentType("application/problem+json").body("code", equalTo("NOT_FOUND"))
                .body("status", equalTo(404)).body("instance", equalTo("/api/v1/no-such-thing"));
        given().get("/api/v2/nothing").then().statusCode(404).contentType("application/problem+json");
    }

    @Test
    void wrongMethodIs405Problem() {
        Api.as(tree.admin()).delete("/api/v1/me").then().statusCode(405)
                .contentType("application/problem+json").body("code", equalTo("METHOD_NOT_ALLOWED"));
    }

    @Test
    void wrongMediaTypeIs415Problem() {
        given().contentType(ContentType.TEXT).body("username=a").post("/api/v1/auth/login").then().statusCode(415)
                .contentType("application/problem+json").body("code", equalTo("UNSUPPORTED_MEDIA_TYPE"));
    }

    @Test
    void malformedJsonIs400Problem() {
        given().contentType(ContentType.JSON).body("{\"username\": ").post("/api/v1/auth/login").then().statusCode(400)
                .contentType("application/problem+json").body("code", equalTo("MALFORMED_JSON"));
    }

    @Test
    void validationNamesTheFields() {
        given().contentType(ContentType.JSON).body("{\"username\": \"\"}").post("/api/v1/auth/login").then()
                .statusCode(400).contentType("application/problem+json")
                .body("code", equalTo("VALIDATION_FAILED"))
                .body("errors.field", allOf(hasItem("username"), hasItem("password")));
    }

    @Test
    void unknownEnumValueAndWrongTypesAre400NamingTheField() {
        Api.as(tree.admin()).body("{\"code\":\"X1\",\"name\":\"某校\",\"type\":\"UNIVERSITY\",\"parentId\":" + tree.city() + "}")
                .post("/api/v1/organizations").then().statusCode(400)
                .body("code", equalTo("VALIDATION_FAILED")).body("errors[0].field", equalTo("type"));
        Api.as(tree.admin()).body("{\"code\":\"X1\",\"name\":\"某校\",\"type\":\"SCHOOL\",\"parentId\":\"abc\"}")
                .post("/api/v1/organizations").then().statusCode(400).body("errors[0].field", equalTo("parentId"));
        Api.as(tree.admin()).get("/api/v1/organizations?type=UNIVERSITY").then().statusCode(400)
                .body("errors[0].field", equalTo("type"));
        Api.as(tree.admin()).get("/api/v1/organizations?parentId=abc").then().statusCode(400)
                .contentType("application/problem+json");
        Api.as(tree.admin()).get("/api/v1/organizations/abc").then().statusCode(400)
                .contentType("application/problem+json");
        Api.as(tree.admin()).get("/api/v1/organizations?size=500").then().statusCode(400)
                .body("errors[0].field", equalTo("size"));
        Api.as(tree.admin()).get("/api/v1/organizations?sort=password,asc").then().statusCode(400)
                .body("errors[0].field", equalTo("sort"));
    }

    @Test
    void bodiesOverOneMegabyteAre413Problems() {
        String huge = "{\"username\":\"" + "a".repeat(1_100_000) + "\",\"password\":\"x\"}";
        given().contentType(ContentType.JSON).body(huge).post("/api/v1/auth/login").then().statusCode(413)
                .contentType("application/problem+json").body("code", equalTo("PAYLOAD_TOO_LARGE"));
    }

    @Test
    void scriptAndSqlTextIsJustData() {
        given().contentType(ContentType.JSON)
                .body("{\"username\":\"admin' or '1'='1\",\"password\":\"<script>alert(1)</script>\"}")
                .post("/api/v1/auth/login").then().statusCode(401).body("code", equalTo("INVALID_CREDENTIALS"))
                .body(not(containsString("Exception")));
    }

    @Test
    void englishDetailsOnRequest() {
        given().header("Accept-Language", "en-US").contentType(ContentType.JSON)
                .body("{\"username\":\"nobody\",\"password\":\"whatever1\"}").post("/api/v1/auth/login").then()
                .statusCode(401).body("detail", equalTo("Invalid username or password"));
        given().contentType(ContentType.JSON)
                .body("{\"username\":\"nobody\",\"password\":\"whatever1\"}").post("/api/v1/auth/login").then()
                .statusCode(401).body("detail", equalTo("用户名或密码错误")).body("type", notNullValue());
    }

    @Test
    void healthAndContractAreServed() {
        given().get("/q/health/ready").then().statusCode(200).body("status", equalTo("UP"));
        given().get("/q/health/live").then().statusCode(200);
        given().get("/q/openapi").then().statusCode(200);
    }
}
