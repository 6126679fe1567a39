package io.dudao.calendar;

import java.text.Normalizer;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads a year's schedule from the text of the State Council's notice (国务院办公厅关于XXXX年部分节假日
 * 安排的通知, as published each autumn), e.g. "二、春节：1月28日（农历除夕、周二）至2月4日（农历正月初七、
 * 周二）放假调休，共8天。1月26日（周日）、2月8日（周六）上班。", or from lines an administrator types:
 * "2026-02-15..2026-02-23 休 春节" / "2026-02-14 班". What it cannot read comes back as a warning with the
 * line; it never guesses a date.
 */
public final class HolidayNotice {

    public record Day(LocalDate date, CalendarDay.Kind kind, String name) {
    }

    public record Warning(int line, String text, String message) {
    }

    public record Parsed(Integer year, String source, List<Day> days, List<Warning> warnings) {
    }

    private static final Pattern TITLE = Pattern.compile("(国务院办公厅)?关于(\\d{4})年(?:部分)?节假日安排的通知");
    private static final Pattern NUMBER = Pattern.compile("国办发明电〔\\d{4}〕\\d+号");
    private static final Pattern SIGNED = Pattern.compile("^(\\d{4})年(\\d{1,2})月(\\d{1,2})日$");
    private static final Pattern SECTION = Pattern.compile("^[一二三四五六七八九十]+、\\s*([^：:]{1,20})[：:](.*)$");
    private static final String NOTE = "(?:（[^）]*）)?";
    private static final String DATE = "(?:(\\d{4})年)?(\\d{1,2})月(\\d{1,2})日" + NOTE;
    private static final Pattern HOLIDAY = Pattern.compile(DATE + "(?:至(?:(\\d{4})年)?(?:(\\d{1,2})月)?(\\d{1,2})日" + NOTE + ")?放假");
    private static final Pattern WORKDAYS = Pattern.compile("((?:" + DATE + "[、，,和及]?)+)上班");
    private static final Pattern ONE_DATE = Pattern.compile(DATE);
    private static final Pattern TYPED = Pattern.compile(
            "^(\\d{4}-\\d{2}-\\d{2})(?:\\s*(?:\\.\\.|~|至)\\s*(\\d{4}-\\d{2}-\\d{2}))?[\\s,，]+(HOLIDAY|WORKDAY|休|班|放假|上班)(?:[\\s,，]+(.+))?$",
            Pattern.CASE_INSENSITIVE);
    private static final int MAX_RANGE_DAYS = 31;

    private HolidayNotice() {
    }

    /** @param year the schedule's year, when the text does not name it (typed lines) */
    public static Parsed parse(String text, Integer year) {
        String[] lines = normalise(text).split("\n", -1);
        Integer noticeYear = year;
        String title = null;
        String number = null;
        String signed = null;
        // the title may be broken over two lines ("关于2025年" / "部分节假日安排的通知")
        Matcher t = TITLE.matcher(String.join("", lines).replaceAll("\\s", ""));
        if (t.find()) {
            title = t.group();
            noticeYear = noticeYear == null ? Integer.valueOf(t.group(2)) : noticeYear;
        }
        for (String line : lines) {
            Matcher n = NUMBER.matcher(line);
            if (number == null && n.find()) {
                number = n.group();
            }
            if (SIGNED.matcher(line.trim()).matches()) {
                signed = line.trim();
            }
        }
        List<Day> days = new ArrayList<>();
        List<Warning> warnings = new ArrayList<>();
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i].trim();
            if (line.isEmpty()) {
                continue;
            }
            Matcher typed = TYPED.matcher(line);
            if (typed.matches()) {
                readTyped(typed, i + 1, line, days, warnings);
                continue;
            }
            Matcher section = SECTION.matcher(line);
            if (section.matches() && (line.contains("放假") || line.contains("上班"))) {
                if (noticeYear == null) {
                    warnings.add(new Warning(i + 1, line, "未能确定年份：请先填写年度"));
                    continue;
                }
                readSection(noticeYear, section.group(1).trim(), section.group(2), i + 1, line, days, warnings);
            } else if (looksLikeSchedule(line)) {
                warnings.add(new Warning(i + 1, line, "未能识别的安排，请手工录入"));
            }
        }
        String source = title == null ? null
                : title + (number != null || signed != null
                ? "（" + (number == null ? "" : number) + (number != null && signed != null ? "，" : "") + (signed == null ? "" : signed) + "）"
                : "");
        return new Parsed(noticeYear, source, days, warnings);
    }

    private static void readSection(int year, String name, String body, int lineNo, String line, List<Day> days,
                                    List<Warning> warnings) {
        boolean read = false;
        Matcher h = HOLIDAY.matcher(body);
        if (h.find()) {
            try {
                LocalDate first = date(h.group(1), h.group(2), h.group(3), year);
                LocalDate last = h.group(6) == null ? first
                        : date(h.group(4) != null ? h.group(4) : h.group(1), h.group(5) != null ? h.group(5) : h.group(2),
                        h.group(6), year);
                if (last.isBefore(first) && h.group(4) == null && h.group(5) == null) {
                    last = last.plusMonths(1); // "12月31日至2日" never happens in a notice; guard anyway
                }
                if (last.isBefore(first) || first.plusDays(MAX_RANGE_DAYS).isBefore(last)) {
                    warnings.add(new Warning(lineNo, line, "放假起止日期不合理"));
                } else {
                    for (LocalDate d = first; !d.isAfter(last); d = d.plusDays(1)) {
                        days.add(new Day(d, CalendarDay.Kind.HOLIDAY, name));
                    }
                    read = true;
                }
            } catch (DateTimeException e) {
                warnings.add(new Warning(lineNo, line, "日期无效：" + h.group()));
            }
        }
        Matcher w = WORKDAYS.matcher(body);
        while (w.find()) {
            Matcher one = ONE_DATE.matcher(w.group(1));
            while (one.find()) {
                try {
                    days.add(new Day(date(one.group(1), one.group(2), one.group(3), year), CalendarDay.Kind.WORKDAY,
                            name + "调休上班"));
                    read = true;
                } catch (DateTimeException e) {
                    warnings.add(new Warning(lineNo, line, "日期无效：" + one.group()));
                }
            }
        }
        if (!read && warnings.stream().noneMatch(x -> x.line() == lineNo)) {
            warnings.add(new Warning(lineNo, line, "未能读出日期，请手工录入"));
        }
    }

    private static void readTyped(Matcher m, int lineNo, String line, List<Day> days, List<Warning> warnings) {
        try {
            LocalDate first = LocalDate.parse(m.group(1));
            LocalDate last = m.group(2) == null ? first : LocalDate.parse(m.group(2));
            if (last.isBefore(first) || first.plusDays(MAX_RANGE_DAYS).isBefore(last)) {
                warnings.add(new Warning(lineNo, line, "起止日期不合理"));
                return;
            }
            String token = m.group(3).toUpperCase(Locale.ROOT);
            CalendarDay.Kind kind = token.equals("HOLIDAY") || token.equals("休") || token.equals("放假")
                    ? CalendarDay.Kind.HOLIDAY : CalendarDay.Kind.WORKDAY;
            String name = m.group(4) == null ? null : m.group(4).trim();
            for (LocalDate d = first; !d.isAfter(last); d = d.plusDays(1)) {
                days.add(new Day(d, kind, name));
            }
        } catch (DateTimeParseException e) {
            warnings.add(new Warning(lineNo, line, "日期无效"));
        }
    }

    private static LocalDate date(String year, String month, String day, int noticeYear) {
        return LocalDate.of(year == null ? noticeYear : Integer.parseInt(year), Integer.parseInt(month), Integer.parseInt(day));
    }

    private static boolean looksLikeSchedule(String line) {
        return HOLIDAY.matcher(line).find() || WORKDAYS.matcher(line).find();
    }

    /** Half-width digits, colons and brackets, one kind of line break; 〔〕 kept as they are. */
    private static String normalise(String text) {
        String s = Normalizer.normalize(text == null ? "" : text, Normalizer.Form.NFKC);
        return s.replace("\r\n", "\n").replace('\r', '\n').replace('(', '（').replace(')', '）').replace(':', '：')
                .replace('\u3000', ' ');
    }
}
