package io.dudao.creation;

import com.fasterxml.jackson.databind.JsonNode;
import io.dudao.creation.engine.Assessment;
import io.dudao.creation.engine.Assessment.ItemResult;
import io.dudao.creation.engine.Assessment.PartResult;
import io.dudao.creation.engine.Assessor;
import io.dudao.creation.engine.CountyPartsCalculator.CountyFacts;
import io.dudao.creation.engine.CountyReturn;
import io.dudao.creation.engine.CountyValidator;
import io.dudao.creation.engine.CreationEnums.CreationKind;
import io.dudao.creation.engine.CreationEnums.CreationStage;
import io.dudao.creation.engine.CreationEnums.CreationVerdict;
import io.dudao.creation.engine.CreationEnums.ItemStatus;
import io.dudao.creation.engine.RowValidator;
import io.dudao.creation.engine.SchoolRow;
import io.dudao.creation.engine.StandardContent;
import org.junit.jupiter.api.Test;

import java.io.InputStream;
import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The demo's story holds under the method's full verdict: 富平县 fails in 2023 — on sports grounds and their CV, on
 * schools that miss the resource rule, and in each of the other three parts — and passes every part in 2024; the
 * 普及普惠 counties are as before.
 */
class DemoDataCalculationTest {

    private Assessment assess(JsonNode programme, int index) throws Exception {
        CreationKind kind = CreationKind.valueOf(programme.get("kind").asText());
        JsonNode ret = programme.get("returns").get(index);
        int year = ret.get("year").asInt();
        List<SchoolRow> rows = Arrays.asList(Standards.MAPPER.treeToValue(ret.get("rows"), SchoolRow[].class));
        BigDecimal population = ret.has("childPopulation3to5") ? ret.get("childPopulation3to5").decimalValue() : null;
        RowValidator.Result valid = RowValidator.validate(kind, rows, population);
        assertTrue(valid.ok(), valid.errors().toString());
        CountyFacts facts = CountyFacts.none(year);
        if (programme.has("countyData")) {
            for (JsonNode c : programme.get("countyData")) {
                if (c.get("year").asInt() == year) {
                    CountyValidator.Result county = CountyValidator.validate(standard(kind),
                            Standards.MAPPER.treeToValue(c, CountyReturn.class), year, false);
                    assertTrue(county.ok(), county.errors().toString());
                    facts = new CountyFacts(county.data(), new CountyReturn.Monitoring(county.data().monitoring(), "录入"), year);
                }
            }
        }
        return Assessor.assess(kind, standard(kind), valid.rows(), valid.childPopulation3to5(), facts);
    }

    private static StandardContent standard(CreationKind kind) {
        return kind == CreationKind.BALANCED_COMPULSORY ? Standards.balanced2017() : Standards.preschool2020();
    }

    private static Map<String, CreationVerdict> parts(Assessment a) {
        return a.parts().stream().collect(Collectors.toMap(PartResult::code, PartResult::verdict));
    }

    private static List<String> failingItems(Assessment a) {
        return a.parts().stream().flatMap(p -> p.items().stream()).filter(i -> i.status() != ItemStatus.MET).map(ItemResult::code).toList();
    }

    @Test
    void theDemoTellsItsStory() throws Exception {
        JsonNode doc;
        try (InputStream in = getClass().getResourceAsStream("/creation/demo.json")) {
            doc = Standards.MAPPER.readTree(in);
        }
        JsonNode fuping = doc.get("programmes").get(0);
        Assessment y2023 = assess(fuping, 0);
        assertEquals(CreationVerdict.FAIL, y2023.verdict());
        var sportsCv = y2023.indicators().stream()
                .filter(i -> i.stage() == CreationStage.PRIMARY && i.code().equals("SPORTS_AREA_PER_STUDENT")).findFirst().orElseThrow();
        assertFalse(sportsCv.passed(), sportsCv.cv().toString());
        assertEquals(1, y2023.indicators().stream().filter(i -> !i.passed()).count());
        assertTrue(y2023.schools().stream().anyMatch(s -> s.schoolCode().equals("610528-S101") && !s.passed()
                && s.shortfalls().get(0).message().startsWith("短缺体育运动场馆")));
        assertEquals("610528-S107", y2023.excludedSchools().get(0).schoolCode());
        assertEquals(7, y2023.assessedSchools());
        assertEquals(4, y2023.passingSchools());
        assertEquals(Map.of("RESOURCE_ALLOCATION", CreationVerdict.FAIL, "GOVERNMENT_SUPPORT", CreationVerdict.FAIL,
                "EDUCATION_QUALITY", CreationVerdict.FAIL, "SOCIAL_RECOGNITION", CreationVerdict.FAIL), parts(y2023));
        assertEquals(List.of("RESOURCE_SCHOOLS", "RESOURCE_CV", "GOV_03", "GOV_04", "GOV_05", "GOV_08", "GOV_09", "GOV_11", "QUALITY_04",
                "QUALITY_06", "QUALITY_09", "RECOGNITION_01"), failingItems(y2023));
        assertEquals(ItemStatus.MET, y2023.precondition().status());

        Assessment y2024 = assess(fuping, 1);
        assertEquals(CreationVerdict.PASS, y2024.verdict(), y2024.explain().computation() + " / " + failingItems(y2024) + " / "
                + y2024.parts().get(0).explain().computation());
        assertEquals(y2024.assessedSchools(), y2024.passingSchools());
        assertTrue(y2024.parts().stream().allMatch(p -> p.verdict() == CreationVerdict.PASS));

        assertEquals(CreationVerdict.FAIL, assess(doc.get("programmes").get(1), 0).verdict());
        Assessment huayin = assess(doc.get("programmes").get(2), 0);
        assertEquals(CreationVerdict.PASS, huayin.verdict(), huayin.explain().computation() + " / " + failingItems(huayin));
        assertEquals(4, huayin.parts().size());
        Assessment gxq = assess(doc.get("programmes").get(3), 0);
        assertEquals(CreationVerdict.FAIL, gxq.verdict());
        assertEquals(4, gxq.indicators().stream().filter(i -> !i.passed()).count());
    }
}
