package io.dudao.common;

import io.dudao.support.Api;
import io.dudao.support.TestDatabase;
import io.dudao.support.World;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;

/** PostgreSQL stopped under the running service: 503 with Retry-After and readiness DOWN, then back by itself. */
@QuarkusTest
class DatabaseOutageTest {

    @Inject
    World world;

    @Test
    void whileTheDatabaseIsAwayRequestsAre503AndTheServiceRecoversByItself() throws InterruptedException {
        World.Tree tree = world.create();
        Api.token(tree.cityOffice()); // signed in before the outage
        Map<String, Object> task = Map.of("title", "停库期间的任务", "category", "OTHER", "assigneeOrgId", tree.countyA(),
                "dueDate", LocalDate.now().plusDays(5).toString());
        Api.as(tree.cityOffice()).get("/api/v1/tasks").then().statusCode(200);

        TestDatabase.stopServer();
        try {
            for (int i = 0; i < 3; i++) {
                Api.as(tree.cityOffice()).get("/api/v1/tasks").then().statusCode(503)
                        .contentType("application/problem+json").body("code", equalTo("DATABASE_UNAVAILABLE"))
                        .header("Retry-After", "5");
            }
            Api.as(tree.cityOffice()).body(task).post("/api/v1/tasks").then().statusCode(503)
                    .body("code", equalTo("DATABASE_UNAVAILABLE"));
            given().get("/q/health/ready").then().statusCode(503).body("status", equalTo("DOWN"));
            given().get("/q/health/live").then().statusCode(200);
        } finally {
            TestDatabase.startServer();
        }

        int status = 0;
        for (int i = 0; i < 100 && status != 200; i++) {
            status = Api.as(tree.cityOffice()).get("/api/v1/tasks").then().extract().statusCode();
            if (status != 200) {
                Thread.sleep(100);
            }
        }
        assertEquals(200, status, "the service is back without a restart");
        Api.as(tree.cityOffice()).body(task).post("/api/v1/tasks").then().statusCode(201);
        given().get("/q/health/ready").then().statusCode(200).body("status", equalTo("UP"));
    }
}
