package io.dudao.plan.importing;

import java.time.LocalDate;

/** The cover notice (转发) that wrapped the plan: who forwarded it, to whom, and what they asked for. */
public record ParsedForwarding(String issuingBody, String documentNumber, LocalDate issuedOn,
        String title, String recipients, String instructions) {
}
