package io.dudao.plan.importing;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Signing dates: 2023年2月15日, 2023.2.15, 2023-02-15, 2023/2/15, 二〇二三年二月十五日, optionally
 * preceded on the same line by the issuing body; and the same dates damaged in publishing: a lost
 * 年/月/日 (20232月20日, 二〇二二年三月十), run together (2021316) or left as spaces (2023 3 15), letters
 * for digits (2月l0日). A damaged date is read every way it can be: one reading, several (2022115 is
 * 1月15日 or 11月5日) or none. Works on plain text (no stray spaces, ASCII digits).
 */
final class Dates {

    /**
     * What a signature line holds.
     *
     * @param readings the dates the literal can mean: one for a readable date, none when unreadable
     * @param exact    the literal is a well-formed date, so its reading needs no checking
     */
    record Signature(String issuer, String literal, List<LocalDate> readings, boolean exact) {
    }

    private static final int MAX_SIGNATURE_LENGTH = 60;
    private static final int MIN_YEAR = 1949;
    private static final int MAX_YEAR = 2099;
    private static final int MIN_RUN_TOGETHER_DIGITS = 6;
    private static final String PREFIX = "^(.*?)";
    private static final String CHINESE_DAY = "[一二三四五六七八九十]{1,3}";
    private static final Pattern ARABIC = Pattern.compile(PREFIX + "((\\d{4})年(\\d{1,2})月(\\d{1,2})日)$");
    private static final Pattern NUMERIC = Pattern.compile(PREFIX + "((\\d{4})[.\\-/．](\\d{1,2})[.\\-/．](\\d{1,2}))$");
    private static final Pattern WRITTEN_OUT = Pattern.compile(
            PREFIX + "(([〇○零一二三四五六七八九]{4})年([一二三四五六七八九十]{1,2})月(" + CHINESE_DAY + ")(日?))$");
    /** Digits (or letters OCR mistakes for digits), 年月日 and separators, starting with a four-digit year. */
    private static final Pattern DAMAGED = Pattern.compile(PREFIX + "([12][0-9OoIl]{3}[0-9OoIl年月日曰 .．/\\-]{1,12})$");
    private static final Pattern DATE_SHAPED = Pattern.compile(
            PREFIX + "([0-9〇○零一二三四五六七八九OoIl]{2,4}年[^年月日，。]{1,3}月[^年月日，。]{1,3}日)$");
    private static final Pattern DIGIT_GROUP = Pattern.compile("\\d+");

    private Dates() {
    }

    /** Reads a line that is a date, or an issuing body followed by a date; null for any other line. */
    static Signature signature(String plain) {
        if (plain == null || plain.isEmpty() || plain.length() > MAX_SIGNATURE_LENGTH) {
            return null;
        }
        for (Pattern pattern : List.of(ARABIC, NUMERIC, WRITTEN_OUT)) {
            Matcher m = pattern.matcher(plain);
            if (m.matches() && isIssuerOrEmpty(m.group(1))) {
                LocalDate date = wellFormed(pattern, m);
                boolean complete = pattern != WRITTEN_OUT || !m.group(6).isEmpty();
                return signature(m.group(1), m.group(2), date == null ? List.of() : List.of(date), complete);
            }
        }
        Matcher damaged = DAMAGED.matcher(plain);
        if (damaged.matches() && isIssuerOrEmpty(damaged.group(1))) {
            List<LocalDate> readings = readings(damaged.group(2));
            if (readings != null) {
                return signature(damaged.group(1), damaged.group(2), readings, false);
            }
        }
        Matcher shaped = DATE_SHAPED.matcher(plain);
        if (shaped.matches() && isIssuerOrEmpty(shaped.group(1))) {
            return signature(shaped.group(1), shaped.group(2), List.of(), false);
        }
        return null;
    }

    private static Signature signature(String issuer, String literal, List<LocalDate> readings, boolean exact) {
        return new Signature(Texts.nullIfEmpty(issuer), literal, readings, exact);
    }

    private static boolean isIssuerOrEmpty(String prefix) {
        return prefix.isEmpty() || Issuers.isIssuer(prefix);
    }

    private static LocalDate wellFormed(Pattern pattern, Matcher m) {
        if (pattern == WRITTEN_OUT) {
            return date(ChineseNumbers.parseDigits(m.group(3)), ChineseNumbers.parse(m.group(4)), ChineseNumbers.parse(m.group(5)));
        }
        return date(Integer.parseInt(m.group(3)), Integer.parseInt(m.group(4)), Integer.parseInt(m.group(5)));
    }

    /**
     * Every date a damaged literal can mean, or null when it is not date-shaped at all (a bare year,
     * "2023年3月" without a day, too few digits to hold a month and a day).
     */
    private static List<LocalDate> readings(String literal) {
        String text = DocumentNumber.digits(literal).replace('曰', '日');
        List<String> groups = new ArrayList<>();
        Matcher group = DIGIT_GROUP.matcher(text);
        while (group.find()) {
            groups.add(group.group());
        }
        int year = Integer.parseInt(groups.get(0).substring(0, 4));
        List<String> rest = new ArrayList<>(groups.subList(1, groups.size()));
        if (groups.get(0).length() > 4) {
            rest.add(0, groups.get(0).substring(4));
        }
        boolean hasDay = text.indexOf('日') >= 0;
        int digitCount = String.join("", groups).length();
        if (year < MIN_YEAR || year > MAX_YEAR || !hasDay && digitCount < MIN_RUN_TOGETHER_DIGITS + (rest.size() == 1 ? 1 : 0)) {
            return null;
        }
        List<LocalDate> readings = new ArrayList<>();
        if (rest.size() == 2) {
            addReading(readings, year, rest.get(0), rest.get(1));
        } else if (rest.size() == 1) {
            String monthAndDay = rest.get(0);
            for (int split = 1; split < monthAndDay.length(); split++) {
                addReading(readings, year, monthAndDay.substring(0, split), monthAndDay.substring(split));
            }
        }
        return readings.isEmpty() && !hasDay ? null : readings;
    }

    private static void addReading(List<LocalDate> readings, int year, String month, String day) {
        if (month.length() <= 2 && day.length() <= 2) {
            LocalDate date = date(year, Integer.parseInt(month), Integer.parseInt(day));
            if (date != null) {
                readings.add(date);
            }
        }
    }

    private static LocalDate date(int year, int month, int day) {
        try {
            return LocalDate.of(year, month, day);
        } catch (DateTimeException e) {
            return null;
        }
    }
}
