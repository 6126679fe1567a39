package io.dudao.monitoring;

import io.dudao.common.error.FieldError;
import io.dudao.monitoring.MonitoringEnums.Subject;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The results template and its reader, without the database. */
class MonitoringSheetsTest {

    static final MonitoringSheets.Sample SAMPLE = new MonitoringSheets.Sample(
            List.of(new MonitoringSheets.SampledCounty(1, "610526", "蒲城县", Map.of("蒲城县尧山中学", 11L))),
            List.of(Subject.MATHEMATICS, Subject.CHINESE), List.of(4, 8));

    @Test
    void theXlsxTemplateReadsBackAsAnErrorListNamingEveryMissingShare() {
        MonitoringSheets.Parsed parsed = MonitoringSheets.read("模板.xlsx", MonitoringSheets.xlsx(SAMPLE), SAMPLE);
        // 1 county × 2 grades × 2 subjects, every share blank
        assertEquals(4, parsed.errors().size());
        assertEquals("rows[0].达到Ⅲ级及以上比例", parsed.errors().get(0).field());
        assertTrue(parsed.errors().get(0).message().contains("第 2 行 E 列"), parsed.errors().get(0).message());
        assertTrue(parsed.rows().isEmpty());
    }

    @Test
    void gradesSubjectsAndSharesAreReadTheWaysSheetsWriteThem() {
        String csv = "\uFEFF县区,学校,年级,学科,达到Ⅲ级及以上比例（%）\n610526,蒲城县尧山中学,八年级,数学,80.5%\n蒲城县,,4年级,语文,91\n";
        MonitoringSheets.Parsed parsed = MonitoringSheets.read("r.csv", csv.getBytes(java.nio.charset.StandardCharsets.UTF_8), SAMPLE);
        assertEquals(List.of(), parsed.errors());
        assertEquals(11L, parsed.rows().get(0).schoolId());
        assertEquals(8, parsed.rows().get(0).grade());
        assertEquals(new BigDecimal("80.5"), parsed.rows().get(0).level3Share());
        assertNull(parsed.rows().get(1).schoolId());
        assertEquals(Subject.CHINESE, parsed.rows().get(1).subject());
    }

    @Test
    void aDuplicateRowAGradeNotTestedAndAMissingColumnAreErrors() {
        String csv = "县区,学校,年级,学科,达到Ⅲ级及以上比例\n蒲城县,,8,数学,80\n蒲城县,,8,数学,81\n蒲城县,,6,数学,81\n";
        List<FieldError> errors = MonitoringSheets.read("r.csv", csv.getBytes(java.nio.charset.StandardCharsets.UTF_8), SAMPLE).errors();
        assertEquals(List.of("rows[1].学科", "rows[2].年级"), errors.stream().map(FieldError::field).toList());
        List<FieldError> missing = MonitoringSheets.read("r.csv", "县区,年级,学科\n".getBytes(java.nio.charset.StandardCharsets.UTF_8), SAMPLE).errors();
        assertEquals("缺少列：达到Ⅲ级及以上比例（%）", missing.get(0).message());
        assertEquals("file", MonitoringSheets.read("r.xlsx", new byte[]{'P', 'K', 3, 4, 5}, SAMPLE).errors().get(0).field());
    }

    @Test
    void gradeNames() {
        assertEquals(4, MonitoringSheets.grade("四年级"));
        assertEquals(8, MonitoringSheets.grade("8"));
        assertNull(MonitoringSheets.grade("高一"));
        assertEquals(Subject.MORALITY, Subject.parse("德育").orElseThrow());
    }
}
