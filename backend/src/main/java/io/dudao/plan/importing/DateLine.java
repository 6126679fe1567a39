package io.dudao.plan.importing;

import java.time.LocalDate;
import java.util.List;
import java.util.stream.Collectors;

/** A signature line: a date, possibly after the issuing body, with every date its literal can mean. */
record DateLine(Line line, String issuer, String literal, List<LocalDate> readings, boolean exact) {

    /** The date a signature line settles on, and what the user must be told about it (null when nothing). */
    record Resolved(LocalDate date, String warning) {
    }

    static DateLine of(Line line) {
        Dates.Signature signature = Dates.signature(line.plain());
        return signature == null ? null
                : new DateLine(line, signature.issuer(), signature.literal(), signature.readings(), signature.exact());
    }

    /** The date when the literal has exactly one reading. */
    LocalDate date() {
        return readings.size() == 1 ? readings.get(0) : null;
    }

    /**
     * Settles on a date. A damaged literal is read the most plausible way and warned; of several readings
     * the one between the bounds is taken (a notice is signed before it is printed, and before it is
     * forwarded), and none when the bounds do not settle it. Either bound may be null.
     */
    Resolved resolve(LocalDate notBefore, LocalDate notAfter) {
        if (readings.isEmpty()) {
            return new Resolved(null, "成文日期无法识别：“" + literal + "”");
        }
        if (readings.size() == 1) {
            LocalDate date = readings.get(0);
            return new Resolved(date, exact ? null : "成文日期“" + literal + "”书写不完整，已按" + chinese(date) + "识别，请核对");
        }
        String alternatives = readings.stream().map(DateLine::chinese).collect(Collectors.joining("或"));
        List<LocalDate> fitting = readings.stream()
                .filter(d -> (notBefore == null || !d.isBefore(notBefore)) && (notAfter == null || !d.isAfter(notAfter)))
                .toList();
        if (fitting.size() == 1 && (notBefore != null || notAfter != null)) {
            return new Resolved(fitting.get(0), "成文日期“" + literal + "”可读作" + alternatives + "，按前后文件的日期取"
                    + chinese(fitting.get(0)) + "，请核对");
        }
        return new Resolved(null, "成文日期“" + literal + "”可读作" + alternatives + "，无法确定，请核对填写");
    }

    static String chinese(LocalDate date) {
        return date.getYear() + "年" + date.getMonthValue() + "月" + date.getDayOfMonth() + "日";
    }
}
