package io.dudao.calendar;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Reading the State Council's yearly notices (the texts as published) and typed lines. */
class HolidayNoticeTest {

    static String notice(int year) {
        try (InputStream in = HolidayNoticeTest.class.getResourceAsStream("/calendar/notice-" + year + ".txt")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static List<LocalDate> days(HolidayNotice.Parsed parsed, CalendarDay.Kind kind) {
        return parsed.days().stream().filter(d -> d.kind() == kind).map(HolidayNotice.Day::date).toList();
    }

    @Test
    void the2025NoticeWithItsTitleBrokenOverTwoLines() {
        HolidayNotice.Parsed p = HolidayNotice.parse(notice(2025), null);
        assertEquals(2025, p.year());
        assertEquals("国务院办公厅关于2025年部分节假日安排的通知（国办发明电〔2024〕12号，2024年11月12日）", p.source());
        assertEquals(List.of(), p.warnings());
        List<LocalDate> holidays = days(p, CalendarDay.Kind.HOLIDAY);
        assertEquals(28, holidays.size());
        assertTrue(holidays.contains(LocalDate.of(2025, 1, 28)) && holidays.contains(LocalDate.of(2025, 2, 4)));
        assertTrue(holidays.contains(LocalDate.of(2025, 6, 2)) && holidays.contains(LocalDate.of(2025, 10, 8)));
        assertEquals(List.of(LocalDate.of(2025, 1, 26), LocalDate.of(2025, 2, 8), LocalDate.of(2025, 4, 27),
                LocalDate.of(2025, 9, 28), LocalDate.of(2025, 10, 11)), days(p, CalendarDay.Kind.WORKDAY));
        assertEquals("春节", p.days().stream().filter(d -> d.date().equals(LocalDate.of(2025, 1, 30))).findFirst().orElseThrow().name());
        assertEquals("国庆节、中秋节调休上班",
                p.days().stream().filter(d -> d.date().equals(LocalDate.of(2025, 10, 11))).findFirst().orElseThrow().name());
    }

    @Test
    void the2023NoticeStartsItsNewYearHolidayInDecember() {
        HolidayNotice.Parsed p = HolidayNotice.parse(notice(2023), null);
        assertEquals(List.of(), p.warnings());
        List<LocalDate> holidays = days(p, CalendarDay.Kind.HOLIDAY);
        assertEquals(27, holidays.size());
        assertEquals(LocalDate.of(2022, 12, 31), holidays.get(0));
        assertEquals(7, days(p, CalendarDay.Kind.WORKDAY).size());
        assertTrue(days(p, CalendarDay.Kind.WORKDAY).contains(LocalDate.of(2023, 10, 8)));
    }

    @Test
    void the2024NoticeDoesNotTurnNewYearsEveIntoAHoliday() {
        HolidayNotice.Parsed p = HolidayNotice.parse(notice(2024), null);
        assertEquals(List.of(), p.warnings());
        List<LocalDate> holidays = days(p, CalendarDay.Kind.HOLIDAY);
        assertEquals(28, holidays.size());
        assertTrue(!holidays.contains(LocalDate.of(2024, 2, 9)), "除夕 is only encouraged as a day off");
        assertEquals(8, days(p, CalendarDay.Kind.WORKDAY).size());
    }

    @Test
    void the2026NoticeHasNoDocumentNumberInItsPublishedText() {
        HolidayNotice.Parsed p = HolidayNotice.parse(notice(2026), null);
        assertEquals("国务院办公厅关于2026年部分节假日安排的通知（2025年11月4日）", p.source());
        assertEquals(33, days(p, CalendarDay.Kind.HOLIDAY).size());
        assertEquals(List.of(LocalDate.of(2026, 1, 4), LocalDate.of(2026, 2, 14), LocalDate.of(2026, 2, 28),
                LocalDate.of(2026, 5, 9), LocalDate.of(2026, 9, 20), LocalDate.of(2026, 10, 10)), days(p, CalendarDay.Kind.WORKDAY));
    }

    @Test
    void typedLinesAndWhatCannotBeReadComesBackAsWarnings() {
        HolidayNotice.Parsed p = HolidayNotice.parse("""
                2040-02-01..2040-02-07 休 春节
                2040-02-11 班 春节调休上班
                2040-05-01,HOLIDAY,劳动节
                八、某节：某月放假
                2040-13-01 休
                """, 2040);
        assertEquals(2040, p.year());
        assertEquals(9, p.days().size());
        assertEquals(CalendarDay.Kind.WORKDAY, p.days().get(7).kind());
        assertEquals("春节调休上班", p.days().get(7).name());
        assertEquals(2, p.warnings().size());
        assertEquals(4, p.warnings().get(0).line());
        assertEquals(5, p.warnings().get(1).line());
    }

    @Test
    void fullWidthDigitsAndHalfWidthPunctuationReadTheSame() {
        HolidayNotice.Parsed p = HolidayNotice.parse("二、春节:１月２８日(农历除夕、周二)至２月４日(周二)放假调休,共8天。1月26日(周日)、2月8日(周六)上班。", 2025);
        assertEquals(List.of(), p.warnings());
        assertEquals(8, days(p, CalendarDay.Kind.HOLIDAY).size());
        assertEquals(2, days(p, CalendarDay.Kind.WORKDAY).size());
    }
}
