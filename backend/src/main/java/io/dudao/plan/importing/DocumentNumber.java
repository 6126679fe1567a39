package io.dudao.plan.importing;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A document number (文号): abbreviation + year in brackets + serial + 号, e.g. 渭政教督办〔2023〕1号 or
 * 蒲政教督办函〔2023〕3号. Any bracket style is normalised to 〔〕. Numbers damaged in publishing — a lost
 * bracket or 号, the year run into the serial (〔20197), letters for digits (2O23), a traditional 號 —
 * are repaired to the most plausible value and keep their literal text for the warning. A number whose
 * serial is lost cannot be repaired and stays literal.
 *
 * @param text       the normalised, possibly repaired number; the literal text when the serial is lost
 * @param literal    the number as written
 * @param damage     what was repaired or is missing; empty for a well-formed number
 * @param serialLost true when no serial survives, so {@code text} is the literal
 */
record DocumentNumber(String text, String literal, Integer year, List<String> damage, boolean serialLost, Line line) {

    private static final String OPEN = "〔\\[(（【［﹝〈「『<";
    private static final String CLOSE = "〕\\])）】］﹞〉」』>";
    private static final String DIGIT = "[0-9OoIl]";
    private static final String ABBREVIATION = "(\\p{IsHan}{1,20})";
    /** As published: after the abbreviation and the year every part may be missing; never part of a date. */
    private static final Pattern DAMAGED = Pattern.compile(ABBREVIATION + " ?([" + OPEN + "])? ?([12]" + DIGIT + "{3}) ?(["
            + CLOSE + "])? ?(第)? ?(" + DIGIT + "{1,5})? ?([号號])?(?![0-9OoIl年月日号號.．/\\-])");
    private static final Pattern WELL_FORMED = Pattern.compile(
            ABBREVIATION + " ?[" + OPEN + "] ?((?:19|20)\\d{2}) ?[" + CLOSE + "] ?(第?) ?(\\d{1,5}) ?号");
    private static final Pattern SIGNER = Pattern.compile("^签发人 ?[:：].*$");
    private static final Pattern LABEL = Pattern.compile("^(?:发文字号|发文文号|文号|字号) ?[:：] ?$");
    /** Words that end a title, never an abbreviation: "…工作要点（2023）" is a title with a year, not a number. */
    private static final Pattern TITLE_WORD = Pattern.compile("(?:要点|计划|方案|通知|意见|办法|规划|总结|报告|名单|细则)$");
    private static final String FILE_SUFFIX = "文件";
    private static final int MAX_ABBREVIATION = 6;
    private static final int MIN_YEAR = 1949;
    private static final int MAX_YEAR = 2099;
    private static final int MAX_HEADER_LINE = 150;

    /**
     * A number on a header line, and what else the line holds: the issuing body or a title before it
     * ("金华市…办公室文件 金政教督办〔2023〕4号", "关于…的通知（潍教督字〔2021〕6号）"), a title after it.
     *
     * @param before text before the number (an issuer, a title, or ""), plain
     * @param after  text after the number (a title or ""), plain
     */
    record Found(DocumentNumber number, String before, String after) {

        /** The number stands alone or beside the issuing body and a signer: the line starts a notice. */
        boolean standsAlone() {
            return (before.isEmpty() || Issuers.isIssuer(before)) && after.isEmpty();
        }
    }

    /**
     * Finds this notice's number on a header line (no sentence, no numbering), or null. A number quoted
     * inside a title ("关于转发…（云教督〔2021〕5号）的通知") belongs to another document and is not found.
     */
    static Found inHeaderLine(Line line) {
        String plain = line.plain();
        if (plain.isEmpty() || plain.length() > MAX_HEADER_LINE || Texts.containsSentenceStop(plain)
                || Markers.startsWithMarker(plain) || DateLine.of(line) != null) {
            return null;
        }
        String spaced = Texts.spaced(line.text());
        Matcher m = DAMAGED.matcher(spaced);
        while (m.find()) {
            Found found = found(m, spaced, line);
            if (found != null) {
                return found;
            }
        }
        return null;
    }

    static int indexOf(List<Line> lines, int from, int to) {
        for (int i = Math.max(0, from); i < to; i++) {
            Found found = inHeaderLine(lines.get(i));
            if (found != null && found.standsAlone()) {
                return i;
            }
        }
        return -1;
    }

    /** The well-formed numbers quoted in running text, e.g. "…通知》（渭政教督办〔2023〕1号）转发…". */
    static List<DocumentNumber> allIn(String text, Line line) {
        List<DocumentNumber> numbers = new ArrayList<>();
        Matcher m = WELL_FORMED.matcher(Texts.spaced(text));
        while (m.find()) {
            String abbreviation = abbreviation(m.group(1))[1];
            String normalised = abbreviation + "〔" + m.group(2) + "〕" + m.group(3) + m.group(4) + "号";
            if (numbers.stream().noneMatch(n -> n.text().equals(normalised))) {
                numbers.add(new DocumentNumber(normalised, normalised, Integer.valueOf(m.group(2)), List.of(), false, line));
            }
        }
        return numbers;
    }

    boolean damaged() {
        return !damage.isEmpty();
    }

    String abbreviation() {
        int open = text.indexOf('〔');
        return open > 0 ? text.substring(0, open) : text;
    }

    /** What the user is told about a damaged number, or null for a well-formed one. */
    String warning() {
        if (serialLost) {
            return "文号“" + literal + "”缺少序号，已按原文保留，请补全";
        }
        return damaged() ? "文号“" + literal + "”" + String.join("、", damage) + "，已按最可能的“" + text + "”录入，请核对" : null;
    }

    private static Found found(Matcher m, String spaced, Line line) {
        boolean open = m.group(2) != null;
        boolean close = m.group(4) != null;
        boolean hao = m.group(7) != null;
        int year = Integer.parseInt(digits(m.group(3)));
        String[] abbreviation = abbreviation(m.group(1));
        if (!(open || close || hao) || year < MIN_YEAR || year > MAX_YEAR || abbreviation[1].contains("关于")
                || m.group(6) == null && (isParenthesis(m.group(2)) || TITLE_WORD.matcher(abbreviation[1]).find())) {
            return null;
        }
        String before = remainder(spaced.substring(0, m.start()) + " " + abbreviation[0]);
        String after = remainder(spaced.substring(m.end()));
        if ((before.endsWith("（") || before.endsWith("(")) && (after.startsWith("）") || after.startsWith(")"))) {
            before = before.substring(0, before.length() - 1);
            after = after.substring(1);
        }
        before = withoutDecoration(before);
        after = withoutDecoration(after);
        if (!before.isEmpty() && !Issuers.isIssuer(before) && !after.isEmpty()) {
            return null; // quoted inside a title: another document's number
        }
        String literal = Texts.trim(abbreviation[1] + spaced.substring(m.start(1) + m.group(1).length(), m.end()));
        return new Found(number(abbreviation[1], m, year, literal, line), before, after);
    }

    private static DocumentNumber number(String abbreviation, Matcher m, int year, String literal, Line line) {
        String serial = m.group(6);
        if (serial == null) {
            return new DocumentNumber(literal, literal, year, List.of("缺少序号"), true, line);
        }
        List<String> damage = new ArrayList<>();
        if (m.group(2) == null) {
            damage.add("缺少“〔”");
        }
        if (m.group(4) == null) {
            damage.add(m.group(2) != null && m.end(3) == m.start(6) ? "缺少“〕”（年份与序号连写）" : "缺少“〕”");
        }
        if (m.group(7) == null) {
            damage.add("缺少“号”");
        } else if ("號".equals(m.group(7))) {
            damage.add("“號”为繁体");
        }
        if (!(m.group(3) + serial).matches("\\d+")) {
            damage.add("数字中混有字母");
        }
        String ordinal = m.group(5) == null ? "" : m.group(5);
        String text = abbreviation + "〔" + year + "〕" + ordinal + digits(serial) + "号";
        return new DocumentNumber(text, literal, year, List.copyOf(damage), false, line);
    }

    /**
     * Splits an issuing body written without a space before the abbreviation ("渭南市教育局文件渭教发") into
     * {body, abbreviation}; a short run stays whole: {"", abbreviation}.
     */
    private static String[] abbreviation(String run) {
        int file = run.lastIndexOf(FILE_SUFFIX);
        if (file > 0 && file + FILE_SUFFIX.length() < run.length()) {
            return new String[] {run.substring(0, file + FILE_SUFFIX.length()), run.substring(file + FILE_SUFFIX.length())};
        }
        if (run.length() > MAX_ABBREVIATION) {
            for (int end = run.length() - 2; end >= 2; end--) {
                String rest = run.substring(end);
                if (rest.length() <= MAX_ABBREVIATION && Issuers.isIssuer(run.substring(0, end))) {
                    return new String[] {run.substring(0, end), rest};
                }
            }
        }
        return new String[] {"", run};
    }

    /** What is left of a header line beside the number, without a signer or a "文号：" label. */
    private static String remainder(String text) {
        String plain = Texts.plain(text);
        if (SIGNER.matcher(plain).matches()) {
            return "";
        }
        int signer = plain.indexOf("签发人");
        if (signer > 0) {
            plain = Texts.trim(plain.substring(0, signer));
        }
        return LABEL.matcher(plain).matches() ? "" : plain;
    }

    /** A ★ or a stray bracket beside the number is decoration, not a title. */
    private static String withoutDecoration(String text) {
        return text.codePoints().anyMatch(Character::isLetterOrDigit) ? text : "";
    }

    private static boolean isParenthesis(String bracket) {
        return bracket == null || "(（".contains(bracket);
    }

    /** Digits as OCR sometimes reads them: O/o for 0, I/l for 1. */
    static String digits(String ocr) {
        StringBuilder out = new StringBuilder(ocr.length());
        for (char c : ocr.toCharArray()) {
            out.append(c == 'O' || c == 'o' ? '0' : c == 'I' || c == 'l' ? '1' : c);
        }
        return out.toString();
    }
}
