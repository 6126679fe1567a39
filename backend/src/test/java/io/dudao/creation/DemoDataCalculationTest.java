package io.dudao.creation;

import com.fasterxml.jackson.databind.JsonNode;
import io.dudao.creation.engine.Assessment;
import io.dudao.creation.engine.Assessor;
import io.dudao.creation.engine.CreationEnums.CreationKind;
import io.dudao.creation.engine.CreationEnums.CreationStage;
import io.dudao.creation.engine.CreationEnums.CreationVerdict;
import io.dudao.creation.engine.RowValidator;
import io.dudao.creation.engine.SchoolRow;
import org.junit.jupiter.api.Test;

import java.io.InputStream;
import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The demo's story holds: 富平县 fails in 2023 on sports grounds and the CV, passes in 2024; 华阴市 passes. */
class DemoDataCalculationTest {

    private Assessment assess(JsonNode programme, int index) throws Exception {
        CreationKind kind = CreationKind.valueOf(programme.get("kind").asText());
        JsonNode ret = programme.get("returns").get(index);
        List<SchoolRow> rows = Arrays.asList(Standards.MAPPER.treeToValue(ret.get("rows"), SchoolRow[].class));
        BigDecimal population = ret.has("childPopulation3to5") ? ret.get("childPopulation3to5").decimalValue() : null;
        RowValidator.Result valid = RowValidator.validate(kind, rows, population);
        assertTrue(valid.ok(), valid.errors().toString());
        return Assessor.assess(kind, kind == CreationKind.BALANCED_COMPULSORY ? Standards.balanced2017() : Standards.preschool2020(),
                valid.rows(), valid.childPopulation3to5());
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

        Assessment y2024 = assess(fuping, 1);
        assertEquals(CreationVerdict.PASS, y2024.verdict(), y2024.explain().computation());
        assertEquals(y2024.assessedSchools(), y2024.passingSchools());

        assertEquals(CreationVerdict.FAIL, assess(doc.get("programmes").get(1), 0).verdict());
        assertEquals(CreationVerdict.PASS, assess(doc.get("programmes").get(2), 0).verdict());
        Assessment gxq = assess(doc.get("programmes").get(3), 0);
        assertEquals(CreationVerdict.FAIL, gxq.verdict());
        assertEquals(4, gxq.indicators().stream().filter(i -> !i.passed()).count());
    }
}
