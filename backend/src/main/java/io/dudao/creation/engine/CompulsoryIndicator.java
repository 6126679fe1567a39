package io.dudao.creation.engine;

import java.math.BigDecimal;
import java.util.function.Function;

/**
 * How each of the seven 优质均衡 resource indicators is computed from a school row (the thresholds,
 * names and precision come from the standard): resource × scale ÷ students.
 */
public enum CompulsoryIndicator {
    QUALIFIED_TEACHERS_PER_100("qualifiedTeachers", "高于规定学历教师数", 100, "需增加高于规定学历教师", "人", SchoolRow::qualifiedTeachers),
    BACKBONE_TEACHERS_PER_100("backboneTeachers", "县级以上骨干教师数", 100, "需增加骨干教师", "人", SchoolRow::backboneTeachers),
    PE_ART_TEACHERS_PER_100("peArtTeachers", "体育、艺术专任教师数", 100, "需增加体育、艺术专任教师", "人", SchoolRow::peArtTeachers),
    TEACHING_AREA_PER_STUDENT("teachingAreaM2", "教学及辅助用房面积", 1, "短缺教学及辅助用房", "㎡", SchoolRow::teachingAreaM2),
    SPORTS_AREA_PER_STUDENT("sportsAreaM2", "体育运动场馆面积", 1, "短缺体育运动场馆", "㎡", SchoolRow::sportsAreaM2),
    EQUIPMENT_VALUE_PER_STUDENT("equipmentValueYuan", "教学仪器设备值", 1, "短缺教学仪器设备值", "元", SchoolRow::equipmentValueYuan),
    MULTIMEDIA_ROOMS_PER_100("multimediaRooms", "网络多媒体教室数", 100, "需增加网络多媒体教室", "间", SchoolRow::multimediaRooms);

    public final String field;
    public final String resourceName;
    public final BigDecimal scale;
    public final String gapPhrase;
    public final String resourceUnit;
    private final Function<SchoolRow, BigDecimal> getter;

    CompulsoryIndicator(String field, String resourceName, int scale, String gapPhrase, String resourceUnit,
                        Function<SchoolRow, BigDecimal> getter) {
        this.field = field;
        this.resourceName = resourceName;
        this.scale = BigDecimal.valueOf(scale);
        this.gapPhrase = gapPhrase;
        this.resourceUnit = resourceUnit;
        this.getter = getter;
    }

    public BigDecimal resourceOf(SchoolRow row) {
        BigDecimal v = getter.apply(row);
        return v == null ? BigDecimal.ZERO : v;
    }

    public boolean per100() {
        return scale.compareTo(BigDecimal.ONE) > 0;
    }

    /** "体育运动场馆面积 ÷ 在校生数" or "骨干教师数 ÷ 在校生数 × 100". */
    public String formula() {
        return resourceName + " ÷ 在校生数" + (per100() ? " × 100" : "");
    }

    public static boolean isCode(String code) {
        for (CompulsoryIndicator i : values()) {
            if (i.name().equals(code)) {
                return true;
            }
        }
        return false;
    }
}
