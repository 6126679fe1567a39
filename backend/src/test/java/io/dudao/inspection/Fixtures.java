package io.dudao.inspection;

import io.dudao.support.Api;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.hamcrest.Matchers.equalTo;

/** Request bodies and steps the inspection tests share. */
public final class Fixtures {

    public static final String SYSTEMS = "/api/v1/indicator-systems";
    public static final String REPORTS = "/api/v1/inspection-reports";
    public static final String FINDINGS = "/api/v1/findings";

    private Fixtures() {
    }

    /** The id of a built-in (ownerless, published) system whose name contains the text. */
    public static int builtIn(String user, String nameContains) {
        List<Map<String, Object>> items = Api.as(user).get(SYSTEMS + "?status=PUBLISHED&size=200").then().statusCode(200)
                .extract().path("items");
        return items.stream().filter(i -> i.get("ownerOrgId") == null && ((String) i.get("name")).contains(nameContains))
                .map(i -> (Integer) i.get("id")).findFirst().orElseThrow(() -> new AssertionError("no built-in " + nameContains));
    }

    public static int checklist(String user) {
        return builtIn(user, "责任督学经常性督导");
    }

    public static Map<String, Object> leaf(String name, Object maxScore) {
        Map<String, Object> m = new HashMap<>();
        m.put("name", name);
        if (maxScore != null) {
            m.put("maxScore", maxScore);
        }
        return m;
    }

    public static Map<String, Object> parent(String name, Object maxScore, List<Map<String, Object>> children) {
        Map<String, Object> m = leaf(name, maxScore);
        m.put("children", children);
        return m;
    }

    /** SCORED, 100 points: 1 办学 (1.1 方向 40, 1.2 管理 20), 2 条件 40; A ≥ 85, B ≥ 70, C ≥ 60, D. */
    public static Map<String, Object> scoredSystem(String name, String targetType) {
        Map<String, Object> body = new HashMap<>();
        body.put("name", name);
        body.put("kind", "SCORED");
        body.put("targetType", targetType);
        body.put("description", "测试用评分类指标体系");
        body.put("gradeBands", List.of(Map.of("grade", "A", "minScore", 85), Map.of("grade", "B", "minScore", 70),
                Map.of("grade", "C", "minScore", 60), Map.of("grade", "D", "minScore", 0)));
        body.put("indicators", List.of(parent("办学", null, List.of(leaf("方向", 40), leaf("管理", 20))), leaf("条件", 40)));
        return body;
    }

    public static int createSystem(String user, Map<String, Object> body) {
        return Api.as(user).body(body).post(SYSTEMS).then().statusCode(201).extract().path("id");
    }

    public static int publishedScoredSystem(String user, String targetType) {
        int id = createSystem(user, scoredSystem("评分体系" + System.nanoTime(), targetType));
        Api.as(user).post(SYSTEMS + "/" + id + "/publish").then().statusCode(200);
        return id;
    }

    public static Map<String, Object> score(String code, Object points) {
        Map<String, Object> m = new HashMap<>();
        m.put("indicatorCode", code);
        m.put("score", points);
        return m;
    }

    public static List<Map<String, Object>> fullScores(Object a, Object b, Object c) {
        return List.of(score("1.1", a), score("1.2", b), score("2", c));
    }

    public static List<Map<String, Object>> checklistScores(int... failed) {
        List<Map<String, Object>> out = new ArrayList<>();
        for (int i = 1; i <= 8; i++) {
            boolean pass = true;
            for (int f : failed) {
                pass &= f != i;
            }
            out.add(Map.of("indicatorCode", Integer.toString(i), "passed", pass, "remark", pass ? "符合要求" : "存在问题"));
        }
        return out;
    }

    public static Map<String, Object> report(String type, String title, long target, Integer systemId, List<Map<String, Object>> scores) {
        Map<String, Object> body = new HashMap<>();
        body.put("type", type);
        body.put("title", title);
        body.put("targetOrgId", target);
        if (systemId != null) {
            body.put("indicatorSystemId", systemId);
        }
        body.put("visitStart", LocalDate.now().minusDays(3).toString());
        body.put("visitEnd", LocalDate.now().minusDays(2).toString());
        body.put("topic", "双减");
        body.put("summary", "到校检查，听课两节。\n总体规范。");
        body.put("scores", scores);
        return body;
    }

    public static int createReport(String user, Map<String, Object> body) {
        return Api.as(user).body(body).post(REPORTS).then().statusCode(201).extract().path("id");
    }

    public static void submitApprovePublish(int reportId, String submitter, String office) {
        Api.as(submitter).post(REPORTS + "/" + reportId + "/submit").then().statusCode(200).body("status", equalTo("SUBMITTED"));
        Api.as(office).post(REPORTS + "/" + reportId + "/approve").then().statusCode(200).body("status", equalTo("APPROVED"));
        Api.as(office).post(REPORTS + "/" + reportId + "/publish").then().statusCode(200).body("status", equalTo("PUBLISHED"));
    }

    public static Map<String, Object> finding(String code, String severity, String description, Long owner, LocalDate due) {
        Map<String, Object> body = new HashMap<>();
        if (code != null) {
            body.put("indicatorCode", code);
        }
        body.put("severity", severity);
        body.put("description", description);
        body.put("requirement", "限期整改：" + description);
        if (owner != null) {
            body.put("ownerOrgId", owner);
        }
        body.put("dueDate", due.toString());
        return body;
    }

    public static int createFinding(String user, int reportId, Map<String, Object> body) {
        return Api.as(user).body(body).post(REPORTS + "/" + reportId + "/findings").then().statusCode(201).extract().path("id");
    }
}
