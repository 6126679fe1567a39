package io.dudao.plan.importing;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Numbering at the start of a line: sections 一、 and sub-items （一） 1. （1）. */
final class Markers {

    private static final Pattern SECTION = Pattern.compile("^([一二三四五六七八九十]{1,3})\\s*[、．.]");
    private static final Pattern SUB_ITEM = Pattern.compile(
            "^(?:[（(][一二三四五六七八九十]{1,3}[）)]|\\d{1,2}\\s*[.、．](?!\\d)|[（(]\\d{1,2}[）)])");

    private Markers() {
    }

    /** The section number (一、 → 1) of a line, or -1 when the line does not start a section. */
    static int sectionNumber(String lineText) {
        Matcher m = SECTION.matcher(lineText);
        return m.lookingAt() ? ChineseNumbers.parse(m.group(1)) : -1;
    }

    static String withoutSectionMarker(String lineText) {
        Matcher m = SECTION.matcher(lineText);
        return m.lookingAt() ? Texts.trim(lineText.substring(m.end())) : lineText;
    }

    static boolean startsWithMarker(String lineText) {
        return sectionNumber(lineText) > 0 || SUB_ITEM.matcher(lineText).lookingAt();
    }

    /**
     * A fully bold numbered line ("**一、做好考核。**按照…") becomes "一、**做好考核。**按照…", so the
     * numbering is recognised and the bold part becomes the item's heading.
     */
    static String liftOutOfBold(String lineText) {
        if (!lineText.startsWith(Texts.BOLD)) {
            return lineText;
        }
        String rest = lineText.substring(Texts.BOLD.length());
        Matcher section = SECTION.matcher(rest);
        Matcher subItem = SUB_ITEM.matcher(rest);
        int markerEnd = section.lookingAt() ? section.end() : subItem.lookingAt() ? subItem.end() : -1;
        if (markerEnd < 0) {
            return lineText;
        }
        String lifted = rest.substring(0, markerEnd) + Texts.BOLD + rest.substring(markerEnd);
        return lifted.replace(Texts.BOLD + Texts.BOLD, "");
    }
}
