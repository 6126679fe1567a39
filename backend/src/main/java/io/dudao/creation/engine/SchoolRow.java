package io.dudao.creation.engine;

import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.math.BigDecimal;

/**
 * One school's (or kindergarten's) return for a year. Compulsory rows use stage … multimediaRooms;
 * kindergarten rows use children … playAreaM2. Counts are whole numbers; the validator says so per
 * field rather than letting a decimal be truncated silently.
 */
@Schema(name = "CreationSchoolRow")
public record SchoolRow(
        @Schema(required = true, description = "学校代码; a code of an organisation under the county links the row to it") String schoolCode,
        @Schema(required = true, description = "学校名称") String schoolName,
        @Schema(description = "Compulsory: PRIMARY | JUNIOR | NINE_YEAR", enumeration = {"PRIMARY", "JUNIOR", "NINE_YEAR"}) String stage,
        @Schema(type = SchemaType.INTEGER, description = "在校生数 (PRIMARY/JUNIOR)") BigDecimal students,
        @Schema(type = SchemaType.INTEGER, description = "NINE_YEAR: 小学部在校生数") BigDecimal primaryStudents,
        @Schema(type = SchemaType.INTEGER, description = "NINE_YEAR: 初中部在校生数") BigDecimal juniorStudents,
        @Schema(type = SchemaType.INTEGER, description = "高于规定学历教师数 (小学 大专+, 初中 本科+)") BigDecimal qualifiedTeachers,
        @Schema(type = SchemaType.INTEGER, description = "县级以上骨干教师数") BigDecimal backboneTeachers,
        @Schema(type = SchemaType.INTEGER, description = "体育、艺术专任教师数") BigDecimal peArtTeachers,
        @Schema(description = "教学及辅助用房面积 ㎡") BigDecimal teachingAreaM2,
        @Schema(description = "体育运动场馆面积 ㎡") BigDecimal sportsAreaM2,
        @Schema(description = "教学仪器设备值 元") BigDecimal equipmentValueYuan,
        @Schema(type = SchemaType.INTEGER, description = "网络多媒体教室数") BigDecimal multimediaRooms,
        @Schema(description = "教学点 (teaching point); small ones are left out as the standard says") Boolean isTeachingPoint,
        @Schema(type = SchemaType.INTEGER, description = "Kindergarten: 在园幼儿数") BigDecimal children,
        @Schema(description = "Kindergarten: PUBLIC | PRIVATE_INCLUSIVE | PRIVATE", enumeration = {"PUBLIC", "PRIVATE_INCLUSIVE", "PRIVATE"}) String ownership,
        @Schema(type = SchemaType.INTEGER, description = "Kindergarten: 专任教师数") BigDecimal fullTimeTeachers,
        @Schema(description = "Kindergarten: 园舍建筑面积 ㎡") BigDecimal buildingAreaM2,
        @Schema(description = "Kindergarten: 户外活动场地面积 ㎡") BigDecimal playAreaM2,
        @Schema(readOnly = true, description = "Set by the server: the organisation the schoolCode names, when it lies under the county") Long schoolOrgId) {

    public static SchoolRow compulsory(String code, String name, String stage, Integer students, Integer primary, Integer junior,
                                       Integer qualified, Integer backbone, Integer peArt, double teachingArea, double sportsArea,
                                       double equipment, Integer rooms, boolean teachingPoint) {
        return new SchoolRow(code, name, stage, dec(students), dec(primary), dec(junior), dec(qualified), dec(backbone),
                dec(peArt), BigDecimal.valueOf(teachingArea), BigDecimal.valueOf(sportsArea), BigDecimal.valueOf(equipment),
                dec(rooms), teachingPoint ? Boolean.TRUE : null, null, null, null, null, null, null);
    }

    public static SchoolRow kindergarten(String code, String name, String ownership, int children, int teachers,
                                         double buildingArea, double playArea) {
        return new SchoolRow(code, name, null, null, null, null, null, null, null, null, null, null, null, null,
                dec(children), ownership, dec(teachers), BigDecimal.valueOf(buildingArea), BigDecimal.valueOf(playArea), null);
    }

    public boolean teachingPoint() {
        return Boolean.TRUE.equals(isTeachingPoint);
    }

    public SchoolRow withOrgId(Long orgId) {
        return new SchoolRow(schoolCode, schoolName, stage, students, primaryStudents, juniorStudents, qualifiedTeachers,
                backboneTeachers, peArtTeachers, teachingAreaM2, sportsAreaM2, equipmentValueYuan, multimediaRooms,
                isTeachingPoint, children, ownership, fullTimeTeachers, buildingAreaM2, playAreaM2, orgId);
    }

    private static BigDecimal dec(Integer v) {
        return v == null ? null : BigDecimal.valueOf(v);
    }
}
