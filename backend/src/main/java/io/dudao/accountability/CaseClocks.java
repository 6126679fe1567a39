package io.dudao.accountability;

import io.dudao.accountability.AccountabilityEnums.AppealOutcome;
import io.dudao.accountability.AccountabilityEnums.CaseStatus;
import io.dudao.accountability.AccountabilityEnums.DeadlineKind;
import io.dudao.accountability.AccountabilityEnums.DeadlineState;
import io.dudao.accountability.AccountabilityEnums.Party;
import io.dudao.accountability.AccountabilityEnums.ReviewOutcome;
import io.dudao.common.error.ApiException;
import io.dudao.common.work.Light;
import io.dudao.common.work.Lights;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The clocks of the procedure, computed from the dates a case keeps. A deadline's last day is
 * included: a step on the due date is in time, the day after is late. Pure functions of the case and
 * today, so the rules are tested without a database.
 */
public final class CaseClocks {

    /** A clock as the API shows it. */
    public record Deadline(DeadlineKind kind, LocalDate startOn, LocalDate dueOn, LocalDate doneOn, DeadlineState state,
                           Light light, Long daysLeft) {

        public Party party() {
            return kind.party();
        }
    }

    private CaseClocks() {
    }

    public static List<Deadline> deadlines(AccountabilityCase c, LocalDate today) {
        List<Deadline> out = new ArrayList<>();
        boolean dismissed = c.status == CaseStatus.DISMISSED;
        if (c.sourceEndedOn != null) {
            out.add(deadline(DeadlineKind.INVESTIGATION, c.sourceEndedOn, c.investigatedOn,
                    !dismissed && c.status == CaseStatus.OPEN, today));
        }
        if (c.notifiedOn != null && c.statementDueOn != null) {
            out.add(deadline(DeadlineKind.STATEMENT, c.notifiedOn, c.statementDueOn, c.statementOn,
                    c.status == CaseStatus.NOTIFIED, today));
        }
        if (c.decidedOn != null) {
            boolean reviewOpen = CaseWorkflow.allowed(CaseWorkflow.Action.REVIEW_REQUEST, c);
            out.add(deadline(DeadlineKind.REVIEW_REQUEST, c.decidedOn, c.reviewRequestedOn, reviewOpen, today));
            if (c.reviewRequestedOn != null) {
                out.add(deadline(DeadlineKind.REVIEW_ANSWER, c.reviewRequestedOn, c.reviewAnsweredOn,
                        c.status == CaseStatus.UNDER_REVIEW, today));
            }
            if (c.reviewOutcome != ReviewOutcome.REVOKED && (c.reviewRequestedOn == null || c.reviewAnsweredOn != null
                    || c.appealFiledOn != null)) {
                LocalDate from = appealWindowStart(c);
                out.add(deadline(DeadlineKind.APPEAL_FILING, from, c.appealFiledOn,
                        CaseWorkflow.allowed(CaseWorkflow.Action.APPEAL, c), today));
            }
            if (c.appealFiledOn != null) {
                out.add(deadline(DeadlineKind.APPEAL_ANSWER, c.appealFiledOn, c.appealAnsweredOn,
                        c.status == CaseStatus.UNDER_APPEAL, today));
            }
            if (c.appealOutcome == AppealOutcome.CORRECTED) {
                out.add(deadline(DeadlineKind.CORRECTION, c.appealAnsweredOn, c.correctedOn,
                        c.status == CaseStatus.CORRECTION_PENDING, today));
            }
        }
        return out;
    }

    /** The appeal window runs from the review's answer when there was a review, else from the decision. */
    static LocalDate appealWindowStart(AccountabilityCase c) {
        return c.reviewAnsweredOn != null && (c.appealFiledOn == null || !c.appealFiledOn.isBefore(c.reviewAnsweredOn))
                ? c.reviewAnsweredOn : c.decidedOn;
    }

    /** The case's light: that of the office obligation running now (at most one runs at a time). */
    public static Light light(AccountabilityCase c, LocalDate today) {
        return deadlines(c, today).stream()
                .filter(d -> d.party() != Party.SUBJECT && (d.state() == DeadlineState.OPEN || d.state() == DeadlineState.OVERDUE))
                .map(Deadline::light).findFirst().orElse(Light.NONE);
    }

    /**
     * Throws 409 DEADLINE_PASSED when the step's window closed before today, unless an override reason
     * is given; returns whether the step is late (so the caller records the override).
     */
    public static boolean checkInTime(AccountabilityCase c, CaseWorkflow.Action action, LocalDate today,
                                      String overrideReason) {
        Optional<LocalDate> due = dueFor(c, action);
        if (due.isEmpty() || !today.isAfter(due.get())) {
            return false;
        }
        if (overrideReason == null || overrideReason.isBlank()) {
            DeadlineKind kind = kindFor(c, action);
            throw new ApiException(409, "DEADLINE_PASSED",
                    "“" + kind.label() + "”已于 " + due.get() + " 届满，不能再执行 " + action.path()
                            + "；确有正当理由的，请填写逾期说明（overrideReason）后重试",
                    "The window for " + action.path() + " (" + kind + ") closed on " + due.get()
                            + "; give an overrideReason to take the step anyway",
                    List.of(), Map.of());
        }
        return true;
    }

    static Optional<LocalDate> dueFor(AccountabilityCase c, CaseWorkflow.Action action) {
        return switch (action) {
            case INVESTIGATE -> Optional.ofNullable(c.sourceEndedOn).map(d -> d.plusDays(DeadlineKind.INVESTIGATION.days()));
            case STATEMENT -> Optional.ofNullable(c.statementDueOn);
            case REVIEW_REQUEST -> Optional.of(c.decidedOn.plusDays(DeadlineKind.REVIEW_REQUEST.days()));
            case REVIEW_DECISION -> Optional.of(c.reviewRequestedOn.plusDays(DeadlineKind.REVIEW_ANSWER.days()));
            case APPEAL -> Optional.of(appealWindowStart(c).plusDays(DeadlineKind.APPEAL_FILING.days()));
            case APPEAL_DECISION -> Optional.of(c.appealFiledOn.plusDays(DeadlineKind.APPEAL_ANSWER.days()));
            case DECIDE -> c.status == CaseStatus.CORRECTION_PENDING
                    ? Optional.of(c.appealAnsweredOn.plusDays(DeadlineKind.CORRECTION.days())) : Optional.empty();
            default -> Optional.empty();
        };
    }

    private static DeadlineKind kindFor(AccountabilityCase c, CaseWorkflow.Action action) {
        return action == CaseWorkflow.Action.DECIDE ? DeadlineKind.CORRECTION : action.clock;
    }

    private static Deadline deadline(DeadlineKind kind, LocalDate start, LocalDate done, boolean running, LocalDate today) {
        return deadline(kind, start, start.plusDays(kind.days()), done, running, today);
    }

    private static Deadline deadline(DeadlineKind kind, LocalDate start, LocalDate due, LocalDate done, boolean running,
                                     LocalDate today) {
        DeadlineState state = state(due, done, running, kind.party(), today);
        boolean counting = state == DeadlineState.OPEN || state == DeadlineState.OVERDUE;
        return new Deadline(kind, start, due, done, state, light(due, counting, today), daysLeft(due, counting, today));
    }

    private static DeadlineState state(LocalDate due, LocalDate done, boolean running, Party party, LocalDate today) {
        if (done != null) {
            return done.isAfter(due) ? DeadlineState.LATE : DeadlineState.MET;
        }
        if (!running) {
            return DeadlineState.LAPSED;
        }
        if (!today.isAfter(due)) {
            return DeadlineState.OPEN;
        }
        return party == Party.SUBJECT ? DeadlineState.LAPSED : DeadlineState.OVERDUE;
    }

    private static Light light(LocalDate due, boolean running, LocalDate today) {
        return Lights.of(!running, due, today);
    }

    private static Long daysLeft(LocalDate due, boolean running, LocalDate today) {
        return running ? ChronoUnit.DAYS.between(today, due) : null;
    }
}
