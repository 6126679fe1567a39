package io.dudao.notification;

import io.agroal.api.AgroalDataSource;
import io.dudao.support.Api;
import io.dudao.support.TestClock;
import io.dudao.support.World;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.sql.Connection;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.Map;

import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The daily reminder run: due within 3 working days and overdue, once per object and day, one replica at a time. */
@QuarkusTest
class ReminderRunTest {

    /** A Wednesday: 3 working days later is Monday 2023-03-06 (the weekend does not count). */
    static final LocalDate WEDNESDAY = LocalDate.of(2023, 3, 1);

    @Inject
    World world;

    @Inject
    ReminderRun reminders;

    @Inject
    AgroalDataSource dataSource;

    World.Tree tree;

    @BeforeEach
    void setUp() {
        TestClock.set(WEDNESDAY);
        tree = world.create();
    }

    @AfterEach
    void resetClock() {
        TestClock.reset();
    }

    private int task(String title, String due) {
        return Api.as(tree.cityOffice()).body(Map.of("title", title, "category", "OTHER", "assigneeOrgId", tree.countyA(), "dueDate", due))
                .post("/api/v1/tasks").then().statusCode(201).extract().path("id");
    }

    private void readAll() {
        Api.as(tree.countyAOffice()).post("/api/v1/notifications/read-all").then().statusCode(200);
    }

    @Test
    void remindsOfWorkDueWithinThreeWorkingDaysAndOverdueOncePerDay() {
        int overdue = task("报送2022年工作总结", "2023-02-27");
        int monday = task("报送“双减”自查报告", "2023-03-06");
        task("报送责任区工作计划", "2023-03-07");
        readAll(); // the "assigned" notifications
        assertTrue(reminders.run().ran());
        Api.as(tree.countyAOffice()).get("/api/v1/notifications?unread=true").then().statusCode(200)
                .body("items.kind", containsInAnyOrder("DUE_SOON", "OVERDUE"))
                .body("items.find { it.kind == 'OVERDUE' }.workId", equalTo(overdue))
                .body("items.find { it.kind == 'DUE_SOON' }.workId", equalTo(monday))
                .body("items.find { it.kind == 'DUE_SOON' }.title", equalTo("任务3个工作日内到期：报送“双减”自查报告"));
        // the same day again: nothing new
        reminders.run();
        Api.as(tree.countyAOffice()).get("/api/v1/notifications?unread=true").then().body("total", equalTo(2));
        // the next day: reminded again, and Tuesday's task now falls within 3 working days
        readAll();
        TestClock.set(WEDNESDAY.plusDays(1));
        reminders.run();
        Api.as(tree.countyAOffice()).get("/api/v1/notifications?unread=true").then().body("total", equalTo(3))
                .body("items.findAll { it.kind == 'DUE_SOON' }.size()", equalTo(2));
        // a completed task is no longer reminded of
        Api.as(tree.countyAOffice()).post("/api/v1/tasks/" + overdue + "/start").then().statusCode(200);
        Api.as(tree.countyAOffice()).post("/api/v1/tasks/" + overdue + "/submit").then().statusCode(200);
        Api.as(tree.cityOffice()).post("/api/v1/tasks/" + overdue + "/accept").then().statusCode(200);
        readAll();
        TestClock.set(WEDNESDAY.plusDays(2));
        reminders.run();
        Api.as(tree.countyAOffice()).get("/api/v1/notifications?unread=true").then()
                .body("items.workId", not(hasItem(overdue))).body("total", equalTo(2));
    }

    @Test
    void aRunSkipsWhileAnotherReplicaHoldsTheLock() throws Exception {
        task("报送2022年工作总结", "2023-02-27");
        readAll();
        try (Connection other = dataSource.getConnection(); Statement s = other.createStatement()) {
            s.execute("select pg_advisory_lock(" + ReminderRun.LOCK_KEY + ")");
            try {
                assertFalse(reminders.run().ran());
                Api.as(tree.countyAOffice()).get("/api/v1/notifications?unread=true").then().body("total", equalTo(0));
            } finally {
                s.execute("select pg_advisory_unlock(" + ReminderRun.LOCK_KEY + ")");
            }
        }
        assertTrue(reminders.run().ran());
        Api.as(tree.countyAOffice()).get("/api/v1/notifications?unread=true").then().body("total", equalTo(1));
    }
}
