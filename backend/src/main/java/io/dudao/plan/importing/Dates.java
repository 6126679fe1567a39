package io.dudao.plan.importing;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Signing dates: 2023年2月15日, 2023.2.15, 2023-02-15, 2023/2/15, 二〇二三年二月十五日, optionally
 * preceded on the same line by the issuing body. Works on plain text (no spaces, ASCII digits).
 */
final class Dates {

    /** What a signature line holds; {@code date} is null when the line is date-shaped but unreadable. */
    record Signature(String issuer, LocalDate date, String literal) {
    }

    private static final int MAX_SIGNATURE_LENGTH = 60;
    private static final String PREFIX = "^(.*?)";
    private static final Pattern ARABIC = Pattern.compile(PREFIX + "((\\d{4})年(\\d{1,2})月(\\d{1,2})日)$");
    private static final Pattern NUMERIC = Pattern.compile(PREFIX + "((\\d{4})[.\\-/．](\\d{1,2})[.\\-/．](\\d{1,2}))$");
    private static final Pattern WRITTEN_OUT = Pattern.compile(
            PREFIX + "(([〇○零一二三四五六七八九]{4})年([一二三四五六七八九十]{1,2})月([一二三四五六七八九十]{1,3})日)$");
    private static final Pattern DATE_SHAPED = Pattern.compile(
            PREFIX + "([0-9〇○零一二三四五六七八九OoIl]{2,4}年[^年月日，。]{1,3}月[^年月日，。]{1,3}日)$");

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
                return new Signature(Texts.nullIfEmpty(m.group(1)), toDate(pattern, m), m.group(2));
            }
        }
        Matcher shaped = DATE_SHAPED.matcher(plain);
        if (shaped.matches() && isIssuerOrEmpty(shaped.group(1))) {
            return new Signature(Texts.nullIfEmpty(shaped.group(1)), null, shaped.group(2));
        }
        return null;
    }

    private static boolean isIssuerOrEmpty(String prefix) {
        return prefix.isEmpty() || Issuers.isIssuer(prefix);
    }

    private static LocalDate toDate(Pattern pattern, Matcher m) {
        int year = pattern == WRITTEN_OUT ? ChineseNumbers.parseDigits(m.group(3)) : Integer.parseInt(m.group(3));
        int month = pattern == WRITTEN_OUT ? ChineseNumbers.parse(m.group(4)) : Integer.parseInt(m.group(4));
        int day = pattern == WRITTEN_OUT ? ChineseNumbers.parse(m.group(5)) : Integer.parseInt(m.group(5));
        try {
            return LocalDate.of(year, month, day);
        } catch (DateTimeException e) {
            return null;
        }
    }
}
