package io.dudao.creation;

import io.dudao.common.error.FieldError;
import io.dudao.creation.engine.CreationEnums.CreationKind;
import io.dudao.creation.engine.RowValidator;
import io.dudao.creation.engine.SchoolRow;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

class SchoolSheetsTest {

    private static final List<SchoolRow> ROWS = List.of(
            SchoolRow.compulsory("S1", "城关小学", "PRIMARY", 800, null, null, 40, 8, 8, 4000, 4760.5, 1_700_000, 20, false),
            SchoolRow.compulsory("S2", "莲湖九年制", "NINE_YEAR", null, 600, 400, 50, 10, 10, 6000, 10200, 2_500_000, 25, false),
            SchoolRow.compulsory("T1", "教学点, 南社", "PRIMARY", 30, null, null, 2, 0, 1, 150, 300, 60000, 1, true));

    @Test
    void xlsxTemplateReadsBackToTheSameRows() {
        byte[] file = SchoolSheets.xlsx(CreationKind.BALANCED_COMPULSORY, ROWS, null);
        var parsed = SchoolSheets.read(CreationKind.BALANCED_COMPULSORY, "t.xlsx", file);
        assertTrue(parsed.errors().isEmpty(), parsed.errors().toString());
        assertEquals(3, parsed.rows().size());
        assertEquals("NINE_YEAR", parsed.rows().get(1).stage());
        assertEquals(0, new BigDecimal("4760.5").compareTo(parsed.rows().get(0).sportsAreaM2()));
        assertEquals(Boolean.TRUE, parsed.rows().get(2).isTeachingPoint());
        assertNull(parsed.rows().get(0).isTeachingPoint());
        assertEquals(List.of(2, 3, 4), parsed.sheetRows());
    }

    @Test
    void csvTemplateReadsBackIncludingQuotedCommas() {
        byte[] file = SchoolSheets.csv(CreationKind.BALANCED_COMPULSORY, ROWS, null);
        var parsed = SchoolSheets.read(CreationKind.BALANCED_COMPULSORY, "t.csv", file);
        assertTrue(parsed.errors().isEmpty(), parsed.errors().toString());
        assertEquals("教学点, 南社", parsed.rows().get(2).schoolName());
        assertTrue(RowValidator.validate(CreationKind.BALANCED_COMPULSORY, parsed.rows(), null).ok());
    }

    @Test
    void validatorErrorsAreTranslatedToHeadersAndCells() {
        String csv = "学校代码,学校名称,学段,在校生数,高于规定学历教师数,县级以上骨干教师数,体育、艺术专任教师数,教学及辅助用房面积,体育运动场馆面积,教学仪器设备值,网络多媒体教室数\n"
                + "S1,甲,小学,100,5,1,1,500,-3,200000,3\n";
        var parsed = SchoolSheets.read(CreationKind.BALANCED_COMPULSORY, "x.csv", csv.getBytes(StandardCharsets.UTF_8));
        assertTrue(parsed.errors().isEmpty(), parsed.errors().toString());
        List<FieldError> errors = parsed.translate(CreationKind.BALANCED_COMPULSORY,
                RowValidator.validate(CreationKind.BALANCED_COMPULSORY, parsed.rows(), null).errors());
        assertEquals(List.of(new FieldError("rows[0].体育运动场馆面积", "体育运动场馆面积不能为负数（第 2 行 I 列）")), errors);
    }

    @Test
    void preschoolTemplateCarriesThePopulation() {
        byte[] file = SchoolSheets.xlsx(CreationKind.INCLUSIVE_PRESCHOOL,
                List.of(SchoolRow.kindergarten("K1", "一园", "PRIVATE_INCLUSIVE", 300, 20, 2000, 1500)), 2200);
        var parsed = SchoolSheets.read(CreationKind.INCLUSIVE_PRESCHOOL, "k.xlsx", file);
        assertTrue(parsed.errors().isEmpty(), parsed.errors().toString());
        assertEquals(0, BigDecimal.valueOf(2200).compareTo(parsed.childPopulation3to5()));
        assertEquals("PRIVATE_INCLUSIVE", parsed.rows().get(0).ownership());
    }

    /** The every-school data travels through the template and back; its problems are named by Chinese header and cell. */
    @Test
    void everySchoolColumnsRoundTripAndTheirErrorsAreNamed() {
        SchoolRow.Provision provision = new SchoolRow.Provision(BigDecimal.valueOf(16), BigDecimal.valueOf(44), null, BigDecimal.valueOf(2),
                new BigDecimal("96.5"), BigDecimal.ONE, BigDecimal.valueOf(90), BigDecimal.valueOf(640_000), BigDecimal.valueOf(32_000));
        List<SchoolRow> rows = List.of(ROWS.get(0).withProvision(provision));
        for (byte[] file : List.of(SchoolSheets.xlsx(CreationKind.BALANCED_COMPULSORY, rows, null),
                SchoolSheets.csv(CreationKind.BALANCED_COMPULSORY, rows, null))) {
            var parsed = SchoolSheets.read(CreationKind.BALANCED_COMPULSORY, file[0] == 'P' ? "t.xlsx" : "t.csv", file);
            assertTrue(parsed.errors().isEmpty(), parsed.errors().toString());
            SchoolRow.Provision back = parsed.rows().get(0).provision();
            assertEquals(0, back.musicRoomMinAreaM2().compareTo(new BigDecimal("96.5")));
            assertEquals(0, back.teacherTrainingFundsYuan().compareTo(BigDecimal.valueOf(32_000)));
            assertNull(back.maxClassSizeJunior());
        }
        String csv = "学校代码,学校名称,学段,在校生数,高于规定学历教师数,县级以上骨干教师数,体育、艺术专任教师数,教学及辅助用房面积,体育运动场馆面积,"
                + "教学仪器设备值,网络多媒体教室数,班级数,小学最大班额（人）,初中最大班额（人）,年度公用经费预算总额（元）,教师培训经费（元）\n"
                + "S1,甲,小学,100,5,1,1,500,800,200000,3,许多,38,40,100000,120000\n";
        var parsed = SchoolSheets.read(CreationKind.BALANCED_COMPULSORY, "x.csv", csv.getBytes(StandardCharsets.UTF_8));
        assertEquals(List.of(new FieldError("rows[0].班级数", "不是数字：许多（第 2 行 L 列）")), parsed.errors());
        List<FieldError> errors = parsed.translate(CreationKind.BALANCED_COMPULSORY,
                RowValidator.validate(CreationKind.BALANCED_COMPULSORY, parsed.rows(), null).errors());
        assertEquals(List.of(new FieldError("rows[0].教师培训经费", "教师培训经费不能超过公用经费预算总额（占比不能超过 100%）（第 2 行 P 列）"),
                new FieldError("rows[0].初中最大班额", "小学不填写初中最大班额（第 2 行 N 列）")), errors);
    }
}
