package io.dudao.work;

import io.dudao.support.Api;
import io.dudao.support.TestClock;
import io.dudao.support.World;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.hamcrest.FeatureMatcher;
import org.hamcrest.Matcher;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Map;

import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.startsWith;

/** Lights, case clocks and record dates follow the one clock, set through the (test-only) API. */
@QuarkusTest
class ClockTest {

    @Inject
    World world;

    World.Tree tree;

    @BeforeEach
    void setUp() {
        tree = world.create();
    }

    @AfterEach
    void resetClock() {
        TestClock.reset();
    }

    @Test
    void aTasksLightTurnsAsTheDatePasses() {
        TestClock.set(LocalDate.of(2023, 3, 1));
        int id = Api.as(tree.cityOffice()).body(Map.of("title", "报送自评报告", "category", "EVALUATION",
                        "assigneeOrgId", tree.countyA(), "dueDate", "2023-03-03"))
                .post("/api/v1/tasks").then().statusCode(201)
                .body("light", equalTo("YELLOW"))
                .body("createdAt", instantOf("2023-03-01T09:00:00+08:00"))
                .extract().path("id");
        Api.as(tree.cityOffice()).get("/api/v1/audit-events?entityType=TASK&entityId=" + id).then()
                .body("items[0].occurredAt", startsWith("2023-03-01"));
        TestClock.set(LocalDate.of(2023, 2, 20));
        Api.as(tree.cityOffice()).get("/api/v1/tasks/" + id).then().body("light", equalTo("GREEN"));
        Api.as(tree.cityOffice()).get("/api/v1/tasks?light=GREEN&size=200").then().body("items.id", hasItem(id));
        TestClock.set(LocalDate.of(2023, 3, 4));
        Api.as(tree.cityOffice()).get("/api/v1/tasks/" + id).then().body("light", equalTo("RED"));
        Api.as(tree.cityOffice()).get("/api/v1/tasks?light=RED&size=200").then().body("items.id", hasItem(id));
        Api.as(tree.cityOffice()).get("/api/v1/tasks?light=GREEN&size=200").then().body("items.id", not(hasItem(id)));
    }

    @Test
    void aCasesInvestigationClockCountsFromTheSetDate() {
        TestClock.set(LocalDate.of(2023, 3, 1));
        int id = Api.as(tree.cityOffice()).body(Map.of("subjectType", "GOVERNMENT", "subjectOrgId", tree.countyB(),
                        "source", "OTHER", "sourceEndedOn", "2023-01-05", "facts", "重点任务推进严重滞后。"))
                .post("/api/v1/accountability-cases").then().statusCode(201)
                .body("openedOn", equalTo("2023-03-01"))
                .body("caseNumber", startsWith(tree.prefix("渭") + "〔2023〕"))
                .body("deadlines[0].kind", equalTo("INVESTIGATION"))
                .body("deadlines[0].dueOn", equalTo("2023-03-06"))
                .body("deadlines[0].daysLeft", equalTo(5))
                .body("light", equalTo("GREEN"))
                .extract().path("id");
        TestClock.set(LocalDate.of(2023, 3, 5));
        Api.as(tree.cityOffice()).get("/api/v1/accountability-cases/" + id).then()
                .body("deadlines[0].daysLeft", equalTo(1)).body("light", equalTo("YELLOW"));
        TestClock.set(LocalDate.of(2023, 3, 7));
        Api.as(tree.cityOffice()).get("/api/v1/accountability-cases/" + id).then()
                .body("deadlines[0].state", equalTo("OVERDUE")).body("light", equalTo("RED"));
        Api.as(tree.cityOffice()).get("/api/v1/accountability-cases?light=RED&size=200").then().body("items.id", hasItem(id));
        // the window closed: investigating now needs an override reason
        Api.as(tree.cityOffice()).body(Map.of()).post("/api/v1/accountability-cases/" + id + "/investigate").then().statusCode(409)
                .body("code", equalTo("DEADLINE_PASSED"));
    }

    /** A timestamp at this instant, whatever offset the answer writes it in (the SQL reads write UTC). */
    private static Matcher<String> instantOf(String expected) {
        return new FeatureMatcher<>(is(OffsetDateTime.parse(expected).toInstant()), "a timestamp at", "instant") {
            @Override
            protected java.time.Instant featureValueOf(String actual) {
                return OffsetDateTime.parse(actual).toInstant();
            }
        };
    }
}
