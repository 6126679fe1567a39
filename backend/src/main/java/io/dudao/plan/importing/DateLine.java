package io.dudao.plan.importing;

import java.time.LocalDate;

/** A signature line: a date, possibly after the issuing body. {@code date} is null when unreadable. */
record DateLine(Line line, String issuer, LocalDate date, String literal) {

    static DateLine of(Line line) {
        Dates.Signature signature = Dates.signature(line.plain());
        return signature == null ? null : new DateLine(line, signature.issuer(), signature.date(), signature.literal());
    }

    boolean readable() {
        return date != null;
    }
}
