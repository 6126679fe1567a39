package io.dudao.supervision;

import io.dudao.support.Api;
import io.dudao.support.World;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

/** A county's supervision settings: national defaults with their sources until the county sets its own. */
@QuarkusTest
class SupervisionSettingsTest {

    @Inject
    World world;

    static String settings(long orgId) {
        return "/api/v1/organizations/" + orgId + "/supervision-settings";
    }

    static Map<String, Object> perSemester(int visits, Object version) {
        Map<String, Object> body = new HashMap<>();
        body.put("schoolsPerSupervisor", 6);
        body.put("schoolsPerSupervisorSource", "蒲城县责任督学管理办法（试行）");
        body.put("schoolsPerZone", 18);
        body.put("schoolsPerZoneSource", "教督〔2012〕7号");
        body.put("visitFrequency", "SEMESTER");
        body.put("visitsPerPeriod", visits);
        body.put("visitFrequencySource", "县教督办通知：每学期不少于 4 次");
        body.put("springStart", "02-25");
        body.put("springEnd", "07-05");
        body.put("autumnStart", "09-01");
        body.put("autumnEnd", "01-15");
        body.put("holidayMonths", List.of(1, 2, 7, 8));
        body.put("version", version);
        return body;
    }

    @Test
    void aCountyStartsFromTheNationalDefaultsAndSetsItsOwn() {
        World.Tree tree = world.create();
        Api.as(tree.countyAOffice()).get(settings(tree.countyA())).then().statusCode(200)
                .body("inherited", equalTo(true))
                .body("schoolsPerSupervisor", equalTo(5))
                .body("schoolsPerSupervisorSource", containsString("5 所左右"))
                .body("schoolsPerZone", equalTo(20))
                .body("schoolsPerZoneSource", containsString("教督〔2012〕7号"))
                .body("visitFrequency", equalTo("MONTHLY"))
                .body("visitsPerPeriod", equalTo(1))
                .body("holidayMonths", contains(1, 2, 7, 8));

        Api.as(tree.countyAOffice()).body(perSemester(4, 0)).put(settings(tree.countyA())).then().statusCode(200)
                .body("inherited", equalTo(false)).body("visitFrequency", equalTo("SEMESTER"))
                .body("schoolsPerSupervisorSource", equalTo("蒲城县责任督学管理办法（试行）"));
        Api.as(tree.cityOffice()).get(settings(tree.countyA())).then().statusCode(200)
                .body("visitsPerPeriod", equalTo(4)).body("schoolsPerZone", equalTo(18));
        // the neighbour keeps the defaults
        Api.as(tree.countyBOffice()).get(settings(tree.countyB())).then().statusCode(200).body("inherited", equalTo(true));
        Api.as(tree.cityOffice()).get("/api/v1/audit-events?entityType=SUPERVISION_SETTINGS&entityId=" + tree.countyA())
                .then().statusCode(200).body("total", equalTo(1));
    }

    @Test
    void badSettingsAreRefusedAndChangeNothing() {
        World.Tree tree = world.create();
        Map<String, Object> bad = perSemester(4, 0);
        bad.put("springStart", "02-30");
        Api.as(tree.countyAOffice()).body(bad).put(settings(tree.countyA())).then().statusCode(400).body("errors.field", hasItem("springStart"));
        bad = perSemester(0, 0);
        Api.as(tree.countyAOffice()).body(bad).put(settings(tree.countyA())).then().statusCode(400);
        bad = perSemester(4, 0);
        bad.put("schoolsPerZoneSource", " ");
        Api.as(tree.countyAOffice()).body(bad).put(settings(tree.countyA())).then().statusCode(400);
        bad = perSemester(4, 0);
        bad.put("holidayMonths", List.of(1, 2, 3, 4, 5, 6, 7));
        Api.as(tree.countyAOffice()).body(bad).put(settings(tree.countyA())).then().statusCode(400).body("errors.field", hasItem("holidayMonths"));
        bad = perSemester(4, 0);
        bad.put("holidayMonths", List.of(13));
        Api.as(tree.countyAOffice()).body(bad).put(settings(tree.countyA())).then().statusCode(400);
        // settings belong to counties
        Api.as(tree.countyAOffice()).get(settings(tree.zoneA())).then().statusCode(400);
        // schools read them but do not change them
        Api.as(tree.schoolAUser()).body(perSemester(4, 0)).put(settings(tree.schoolA())).then().statusCode(400);
        Api.as(tree.countyAOffice()).get(settings(tree.countyA())).then().statusCode(200).body("inherited", equalTo(true));
    }

    @Test
    void anotherCountysSettingsAnswer404() {
        World.Tree tree = world.create();
        Api.as(tree.countyBOffice()).get(settings(tree.countyA())).then().statusCode(404).body("code", equalTo("NOT_FOUND"));
        Api.as(tree.countyBOffice()).body(perSemester(4, 0)).put(settings(tree.countyA())).then().statusCode(404);
        Api.as(tree.countyAOffice()).get(settings(tree.countyA())).then().statusCode(200).body("inherited", equalTo(true));
    }
}
