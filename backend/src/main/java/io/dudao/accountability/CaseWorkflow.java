package io.dudao.accountability;

import io.dudao.accountability.AccountabilityEnums.AppealOutcome;
import io.dudao.accountability.AccountabilityEnums.CaseStatus;
import io.dudao.accountability.AccountabilityEnums.DeadlineKind;
import io.dudao.common.error.ApiException;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static io.dudao.accountability.AccountabilityEnums.CaseStatus.CORRECTION_PENDING;
import static io.dudao.accountability.AccountabilityEnums.CaseStatus.DECIDED;
import static io.dudao.accountability.AccountabilityEnums.CaseStatus.EXECUTED;
import static io.dudao.accountability.AccountabilityEnums.CaseStatus.INVESTIGATING;
import static io.dudao.accountability.AccountabilityEnums.CaseStatus.NOTIFIED;
import static io.dudao.accountability.AccountabilityEnums.CaseStatus.OPEN;
import static io.dudao.accountability.AccountabilityEnums.CaseStatus.REVOKED;
import static io.dudao.accountability.AccountabilityEnums.CaseStatus.STATEMENT_RECEIVED;
import static io.dudao.accountability.AccountabilityEnums.CaseStatus.UNDER_APPEAL;
import static io.dudao.accountability.AccountabilityEnums.CaseStatus.UNDER_REVIEW;

/**
 * The procedure of the national method: investigation → written notice → the subject's statement →
 * decision → execution → archive, with review (复核, by the deciding office) and appeal (申诉, to the
 * level above) after the decision. A decision is not suspended during review or appeal, so execution
 * may happen in those states too.
 */
public final class CaseWorkflow {

    /** Who takes a step: the handling office, the subject organisation, or the office above the handler. */
    public enum Actor {
        HANDLER, SUBJECT, APPELLATE
    }

    public enum Action {
        INVESTIGATE("investigate", EnumSet.of(OPEN), Actor.HANDLER, DeadlineKind.INVESTIGATION, true),
        NOTIFY("notify", EnumSet.of(INVESTIGATING), Actor.HANDLER, null, false),
        STATEMENT("statement", EnumSet.of(NOTIFIED), Actor.SUBJECT, DeadlineKind.STATEMENT, false),
        DECIDE("decide", EnumSet.of(NOTIFIED, STATEMENT_RECEIVED, CORRECTION_PENDING), Actor.HANDLER, null, false),
        EXECUTE("execute", EnumSet.of(DECIDED, UNDER_REVIEW, UNDER_APPEAL), Actor.HANDLER, null, false),
        CLOSE("close", EnumSet.of(EXECUTED, REVOKED), Actor.HANDLER, null, false),
        DISMISS("dismiss", EnumSet.of(OPEN, INVESTIGATING, NOTIFIED, STATEMENT_RECEIVED), Actor.HANDLER, null, false),
        REVIEW_REQUEST("review-request", EnumSet.of(DECIDED, EXECUTED), Actor.SUBJECT, DeadlineKind.REVIEW_REQUEST, false),
        REVIEW_DECISION("review-decision", EnumSet.of(UNDER_REVIEW), Actor.HANDLER, DeadlineKind.REVIEW_ANSWER, false),
        APPEAL("appeal", EnumSet.of(DECIDED, EXECUTED), Actor.SUBJECT, DeadlineKind.APPEAL_FILING, false),
        APPEAL_DECISION("appeal-decision", EnumSet.of(UNDER_APPEAL), Actor.APPELLATE, DeadlineKind.APPEAL_ANSWER, false);

        final String path;
        final Set<CaseStatus> from;
        final Actor actor;
        final DeadlineKind clock;
        /** Kept from the subject's view of the timeline. */
        final boolean internal;

        Action(String path, Set<CaseStatus> from, Actor actor, DeadlineKind clock, boolean internal) {
            this.path = path;
            this.from = from;
            this.actor = actor;
            this.clock = clock;
            this.internal = internal;
        }

        public String path() {
            return path;
        }

        public Actor actor() {
            return actor;
        }

        public boolean internal() {
            return internal;
        }
    }

    private CaseWorkflow() {
    }

    /** The steps the case's state allows now, whoever takes them. */
    public static List<Action> possible(AccountabilityCase c) {
        return Arrays.stream(Action.values()).filter(a -> allowed(a, c)).toList();
    }

    public static boolean allowed(Action action, AccountabilityCase c) {
        if (!action.from.contains(c.status)) {
            return false;
        }
        return switch (action) {
            // one review and one appeal per case; review is not asked for once an appeal is filed
            case REVIEW_REQUEST -> c.reviewRequestedOn == null && c.appealFiledOn == null;
            case APPEAL -> c.appealFiledOn == null;
            case EXECUTE -> c.executedOn == null;
            default -> true;
        };
    }

    public static void check(Action action, AccountabilityCase c) {
        if (!allowed(action, c)) {
            List<String> allowed = possible(c).stream().map(Action::path).toList();
            String list = allowed.isEmpty() ? "无" : String.join("、", allowed);
            throw new ApiException(409, "ILLEGAL_TRANSITION",
                    "案件当前状态为 " + c.status + "（" + c.status.label() + "），不能执行 " + action.path + "；当前可执行：" + list,
                    "The case is " + c.status + "; " + action.path + " is not possible now. Allowed: "
                            + (allowed.isEmpty() ? "none" : String.join(", ", allowed)),
                    List.of(), Map.of());
        }
    }

    /** The status a step leads to. */
    public static CaseStatus next(Action action, AccountabilityCase c) {
        CaseStatus settled = c.executedOn != null ? EXECUTED : DECIDED;
        return switch (action) {
            case INVESTIGATE -> INVESTIGATING;
            case NOTIFY -> NOTIFIED;
            case STATEMENT -> STATEMENT_RECEIVED;
            case DECIDE -> DECIDED;
            case EXECUTE -> c.status == DECIDED ? EXECUTED : c.status;
            case CLOSE -> CaseStatus.CLOSED;
            case DISMISS -> CaseStatus.DISMISSED;
            case REVIEW_REQUEST -> UNDER_REVIEW;
            case APPEAL -> UNDER_APPEAL;
            case REVIEW_DECISION -> c.reviewOutcome == AccountabilityEnums.ReviewOutcome.REVOKED ? REVOKED : settled;
            case APPEAL_DECISION -> c.appealOutcome == AppealOutcome.CORRECTED ? CORRECTION_PENDING : settled;
        };
    }
}
