package io.dudao.plan.importing;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A document number (文号): abbreviation + year in brackets + serial + 号, e.g. 渭政教督办〔2023〕1号 or
 * 蒲政教督办函〔2023〕3号. Any bracket style is normalised to 〔〕. A number with a bracket missing is
 * kept literally and marked incomplete.
 *
 * @param text     the normalised number, or the literal line text when incomplete
 * @param year     the year in the number, or null
 * @param complete false when a bracket was missing
 */
record DocumentNumber(String text, Integer year, boolean complete, Line line) {

    private static final String OPEN = "〔\\[(（【［﹝";
    private static final String CLOSE = "〕\\])）】］﹞";
    private static final String ABBREVIATION = "(\\p{IsHan}{1,20}?)";
    private static final String YEAR = "(\\d{4})";
    private static final String SERIAL = "(第?)(\\d{1,5})号";
    private static final Pattern WELL_FORMED = Pattern.compile(
            ABBREVIATION + "[" + OPEN + "]" + YEAR + "[" + CLOSE + "]" + SERIAL);
    private static final Pattern MISSING_BRACKET = Pattern.compile(
            ABBREVIATION + "[" + OPEN + "]?" + YEAR + "[" + CLOSE + "]?" + "\\s?" + SERIAL);
    private static final Pattern IN_TEXT = Pattern.compile(
            "(\\p{IsHan}{1,20})[" + OPEN + "]" + YEAR + "[" + CLOSE + "]" + SERIAL);
    private static final Pattern SIGNER = Pattern.compile("\\s*签发人\\s*[:：].*$");

    /** Reads a line that holds only a document number (optionally followed by 签发人), or returns null. */
    static DocumentNumber ofLine(Line line) {
        String literal = SIGNER.matcher(Texts.withoutBold(line.text())).replaceFirst("");
        String plain = Texts.plain(literal);
        Matcher wellFormed = WELL_FORMED.matcher(plain);
        if (wellFormed.matches()) {
            return new DocumentNumber(normalised(wellFormed), Integer.valueOf(wellFormed.group(2)), true, line);
        }
        Matcher missing = MISSING_BRACKET.matcher(plain);
        if (missing.matches()) {
            return new DocumentNumber(Texts.trim(literal), Integer.valueOf(missing.group(2)), false, line);
        }
        return null;
    }

    static int indexOf(List<Line> lines, int from, int to) {
        for (int i = Math.max(0, from); i < to; i++) {
            if (ofLine(lines.get(i)) != null) {
                return i;
            }
        }
        return -1;
    }

    /** The first well-formed number quoted in running text, e.g. "…通知》（渭政教督办〔2023〕1号）转发…". */
    static DocumentNumber findIn(String text, Line line) {
        Matcher m = IN_TEXT.matcher(Texts.plain(text));
        return m.find() ? new DocumentNumber(normalised(m), Integer.valueOf(m.group(2)), true, line) : null;
    }

    private static String normalised(Matcher m) {
        return m.group(1) + "〔" + m.group(2) + "〕" + m.group(3) + m.group(4) + "号";
    }
}
