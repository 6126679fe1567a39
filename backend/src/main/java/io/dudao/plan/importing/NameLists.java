package io.dudao.plan.importing;

import java.util.List;
import java.util.regex.Pattern;

/**
 * Tells a list of names grouped under 一、二、三… ("一、镜湖区（3所）" followed by school names) from the
 * numbered sections of a plan: a notice that publishes a list of schools or people has no work items.
 */
final class NameLists {

    private static final int MAX_NAME_LENGTH = 30;
    private static final int MIN_NAMES_PER_GROUP = 2;
    private static final int MIN_NAMES_PER_OTHER_LINE = 4;
    private static final Pattern NAME = Pattern.compile(".*(?:学校|小学|中学|学院|大学|幼儿园|园|校|中心|所|站|馆)$");

    private NameLists() {
    }

    /** Whether lines that start with the first section are group labels with names below them and little else. */
    static boolean isNameList(List<Line> sectionLines) {
        int groups = 0;
        int names = 0;
        int others = 0;
        for (Line line : sectionLines) {
            String plain = line.plain();
            if (Markers.sectionNumber(Markers.liftOutOfBold(line.text())) > 0) {
                if (Texts.containsSentenceStop(plain) || plain.indexOf('，') >= 0 || plain.length() > MAX_NAME_LENGTH) {
                    return false;
                }
                groups++;
            } else if (isName(plain)) {
                names++;
            } else {
                others++;
            }
        }
        return groups > 0 && names >= MIN_NAMES_PER_GROUP * groups && names >= MIN_NAMES_PER_OTHER_LINE * others;
    }

    private static boolean isName(String plain) {
        return plain.length() <= MAX_NAME_LENGTH && !Texts.containsSentenceStop(plain) && plain.indexOf('，') < 0
                && (NAME.matcher(plain).matches() || Issuers.isIssuer(plain));
    }
}
