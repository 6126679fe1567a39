package io.dudao.plan.importing;

import java.time.LocalDate;
import java.util.List;

/**
 * A work plan read from the text of an official notice. Fields the parser could not find are null;
 * {@code warnings} says what it could not read. When the notice was forwarded, the plan is the
 * forwarded (inner) document and {@code forwarding} describes the cover notice.
 */
public record ParsedPlan(String issuingBody, String documentNumber, String title, String recipients,
        LocalDate issuedOn, Integer year, String preamble, List<ParsedItem> items,
        ParsedForwarding forwarding, List<ImportWarning> warnings) {

    public ParsedPlan {
        items = items == null ? List.of() : List.copyOf(items);
        warnings = warnings == null ? List.of() : List.copyOf(warnings);
    }
}
