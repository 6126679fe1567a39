package io.dudao.creation.engine;

import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.math.BigDecimal;

/**
 * One school's (or kindergarten's) return for a year. Compulsory rows use stage … multimediaRooms for
 * resource allocation and, optionally, classes … teacherTrainingFundsYuan for the every-school rules of
 * 政府保障程度 and 教育质量 (class size, school size, music and art rooms, teacher-training funds);
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
        @Schema(type = SchemaType.INTEGER, description = "班级数 (for music and art rooms per 12 classes)") BigDecimal classes,
        @Schema(type = SchemaType.INTEGER, description = "PRIMARY/NINE_YEAR: 小学最大班额 (the largest primary class)") BigDecimal maxClassSizePrimary,
        @Schema(type = SchemaType.INTEGER, description = "JUNIOR/NINE_YEAR: 初中最大班额 (the largest junior class)") BigDecimal maxClassSizeJunior,
        @Schema(type = SchemaType.INTEGER, description = "音乐专用教室数") BigDecimal musicRooms,
        @Schema(description = "最小一间音乐专用教室面积 ㎡") BigDecimal musicRoomMinAreaM2,
        @Schema(type = SchemaType.INTEGER, description = "美术专用教室数") BigDecimal artRooms,
        @Schema(description = "最小一间美术专用教室面积 ㎡") BigDecimal artRoomMinAreaM2,
        @Schema(description = "年度公用经费预算总额 元") BigDecimal publicFundsYuan,
        @Schema(description = "其中安排的教师培训经费 元") BigDecimal teacherTrainingFundsYuan,
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
                dec(rooms), teachingPoint ? Boolean.TRUE : null, Provision.NONE, null, null, null, null, null, null);
    }

    public static SchoolRow kindergarten(String code, String name, String ownership, int children, int teachers,
                                         double buildingArea, double playArea) {
        return new SchoolRow(code, name, null, null, null, null, null, null, null, null, null, null, null, null, Provision.NONE,
                dec(children), ownership, dec(teachers), BigDecimal.valueOf(buildingArea), BigDecimal.valueOf(playArea), null);
    }

    public boolean teachingPoint() {
        return Boolean.TRUE.equals(isTeachingPoint);
    }

    public SchoolRow withOrgId(Long orgId) {
        return new SchoolRow(schoolCode, schoolName, stage, students, primaryStudents, juniorStudents, qualifiedTeachers,
                backboneTeachers, peArtTeachers, teachingAreaM2, sportsAreaM2, equipmentValueYuan, multimediaRooms,
                isTeachingPoint, provision(), children, ownership, fullTimeTeachers, buildingAreaM2, playAreaM2, orgId);
    }

    /** The same row with other per-school data for the every-school rules. */
    public SchoolRow withProvision(Provision p) {
        return new SchoolRow(schoolCode, schoolName, stage, students, primaryStudents, juniorStudents, qualifiedTeachers,
                backboneTeachers, peArtTeachers, teachingAreaM2, sportsAreaM2, equipmentValueYuan, multimediaRooms,
                isTeachingPoint, p, children, ownership, fullTimeTeachers, buildingAreaM2, playAreaM2, schoolOrgId);
    }

    public Provision provision() {
        return new Provision(classes, maxClassSizePrimary, maxClassSizeJunior, musicRooms, musicRoomMinAreaM2, artRooms,
                artRoomMinAreaM2, publicFundsYuan, teacherTrainingFundsYuan);
    }

    /**
     * The per-school data of the every-school rules, as one value so rows can be built and copied without
     * repeating nine positions.
     */
    public record Provision(BigDecimal classes, BigDecimal maxClassSizePrimary, BigDecimal maxClassSizeJunior, BigDecimal musicRooms,
                            BigDecimal musicRoomMinAreaM2, BigDecimal artRooms, BigDecimal artRoomMinAreaM2, BigDecimal publicFundsYuan,
                            BigDecimal teacherTrainingFundsYuan) {
        public static final Provision NONE = new Provision(null, null, null, null, null, null, null, null, null);
    }

    /** The canonical constructor with the provision as one value. */
    public SchoolRow(String schoolCode, String schoolName, String stage, BigDecimal students, BigDecimal primaryStudents,
                     BigDecimal juniorStudents, BigDecimal qualifiedTeachers, BigDecimal backboneTeachers, BigDecimal peArtTeachers,
                     BigDecimal teachingAreaM2, BigDecimal sportsAreaM2, BigDecimal equipmentValueYuan, BigDecimal multimediaRooms,
                     Boolean isTeachingPoint, Provision p, BigDecimal children, String ownership, BigDecimal fullTimeTeachers,
                     BigDecimal buildingAreaM2, BigDecimal playAreaM2, Long schoolOrgId) {
        this(schoolCode, schoolName, stage, students, primaryStudents, juniorStudents, qualifiedTeachers, backboneTeachers, peArtTeachers,
                teachingAreaM2, sportsAreaM2, equipmentValueYuan, multimediaRooms, isTeachingPoint, p.classes(), p.maxClassSizePrimary(),
                p.maxClassSizeJunior(), p.musicRooms(), p.musicRoomMinAreaM2(), p.artRooms(), p.artRoomMinAreaM2(), p.publicFundsYuan(),
                p.teacherTrainingFundsYuan(), children, ownership, fullTimeTeachers, buildingAreaM2, playAreaM2, schoolOrgId);
    }

    private static BigDecimal dec(Integer v) {
        return v == null ? null : BigDecimal.valueOf(v);
    }
}
