package io.dudao.accountability;

import io.dudao.accountability.AccountabilityEnums.AppealOutcome;
import io.dudao.accountability.AccountabilityEnums.CaseStatus;
import io.dudao.accountability.AccountabilityEnums.DeadlineKind;
import io.dudao.accountability.AccountabilityEnums.DeadlineState;
import io.dudao.common.error.ApiException;
import io.dudao.common.work.Light;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class CaseClocksTest {

    static final LocalDate TODAY = LocalDate.of(2023, 6, 30);

    static AccountabilityCase open(LocalDate sourceEnded) {
        AccountabilityCase c = new AccountabilityCase();
        c.status = CaseStatus.OPEN;
        c.sourceEndedOn = sourceEnded;
        return c;
    }

    static AccountabilityCase decided(LocalDate on) {
        AccountabilityCase c = open(null);
        c.status = CaseStatus.DECIDED;
        c.notifiedOn = on.minusDays(10);
        c.decidedOn = on;
        return c;
    }

    static CaseClocks.Deadline deadline(AccountabilityCase c, DeadlineKind kind) {
        return CaseClocks.deadlines(c, TODAY).stream().filter(d -> d.kind() == kind).findFirst().orElseThrow();
    }

    @Test
    void theInvestigationMayOpenOnTheSixtiethDayButNotTheSixtyFirst() {
        AccountabilityCase lastDay = open(TODAY.minusDays(60));
        assertFalse(CaseClocks.checkInTime(lastDay, CaseWorkflow.Action.INVESTIGATE, TODAY, null));
        assertEquals(TODAY, deadline(lastDay, DeadlineKind.INVESTIGATION).dueOn());
        assertEquals(Light.YELLOW, CaseClocks.light(lastDay, TODAY));
        assertEquals(0L, deadline(lastDay, DeadlineKind.INVESTIGATION).daysLeft());

        AccountabilityCase late = open(TODAY.minusDays(61));
        ApiException e = assertThrows(ApiException.class,
                () -> CaseClocks.checkInTime(late, CaseWorkflow.Action.INVESTIGATE, TODAY, " "));
        assertEquals(409, e.status());
        assertEquals("DEADLINE_PASSED", e.code());
        assertTrue(e.detail(false).contains("2023-06-29"), e.detail(false));
        assertTrue(CaseClocks.checkInTime(late, CaseWorkflow.Action.INVESTIGATE, TODAY, "调查组成员因防汛抽调"));
        assertEquals(DeadlineState.OVERDUE, deadline(late, DeadlineKind.INVESTIGATION).state());
        assertEquals(Light.RED, CaseClocks.light(late, TODAY));

        AccountabilityCase early = open(TODAY.minusDays(10));
        assertEquals(Light.GREEN, CaseClocks.light(early, TODAY));
        assertEquals(50L, deadline(early, DeadlineKind.INVESTIGATION).daysLeft());
        early.investigatedOn = TODAY;
        early.status = CaseStatus.INVESTIGATING;
        assertEquals(DeadlineState.MET, deadline(early, DeadlineKind.INVESTIGATION).state());
        assertEquals(Light.NONE, CaseClocks.light(early, TODAY));
        late.investigatedOn = TODAY;
        late.status = CaseStatus.INVESTIGATING;
        assertEquals(DeadlineState.LATE, deadline(late, DeadlineKind.INVESTIGATION).state());
    }

    @Test
    void reviewIsRequestedWithinThirtyDaysOfTheDecisionAndAnsweredWithinThirty() {
        assertFalse(CaseClocks.checkInTime(decided(TODAY.minusDays(30)), CaseWorkflow.Action.REVIEW_REQUEST, TODAY, null));
        AccountabilityCase late = decided(TODAY.minusDays(31));
        assertThrows(ApiException.class, () -> CaseClocks.checkInTime(late, CaseWorkflow.Action.REVIEW_REQUEST, TODAY, null));
        // a right of the subject that ran out lapses; it is not an office's overdue duty
        assertEquals(DeadlineState.LAPSED, deadline(late, DeadlineKind.REVIEW_REQUEST).state());
        assertEquals(Light.NONE, deadline(late, DeadlineKind.REVIEW_REQUEST).light());

        AccountabilityCase reviewing = decided(TODAY.minusDays(40));
        reviewing.reviewRequestedOn = TODAY.minusDays(30);
        reviewing.status = CaseStatus.UNDER_REVIEW;
        assertFalse(CaseClocks.checkInTime(reviewing, CaseWorkflow.Action.REVIEW_DECISION, TODAY, null));
        assertEquals(DeadlineState.MET, deadline(reviewing, DeadlineKind.REVIEW_REQUEST).state());
        reviewing.reviewRequestedOn = TODAY.minusDays(31);
        assertThrows(ApiException.class, () -> CaseClocks.checkInTime(reviewing, CaseWorkflow.Action.REVIEW_DECISION, TODAY, null));
        assertEquals(Light.RED, CaseClocks.light(reviewing, TODAY));
    }

    @Test
    void theAppealWindowRunsFromTheReviewAnswerOrElseFromTheDecision() {
        AccountabilityCase noReview = decided(TODAY.minusDays(15));
        assertFalse(CaseClocks.checkInTime(noReview, CaseWorkflow.Action.APPEAL, TODAY, null));
        AccountabilityCase tooLate = decided(TODAY.minusDays(16));
        assertThrows(ApiException.class, () -> CaseClocks.checkInTime(tooLate, CaseWorkflow.Action.APPEAL, TODAY, null));

        AccountabilityCase reviewed = decided(TODAY.minusDays(50));
        reviewed.reviewRequestedOn = TODAY.minusDays(40);
        reviewed.reviewAnsweredOn = TODAY.minusDays(15);
        reviewed.reviewOutcome = AccountabilityEnums.ReviewOutcome.UPHELD;
        assertFalse(CaseClocks.checkInTime(reviewed, CaseWorkflow.Action.APPEAL, TODAY, null));
        assertEquals(TODAY, deadline(reviewed, DeadlineKind.APPEAL_FILING).dueOn());
        reviewed.reviewAnsweredOn = TODAY.minusDays(16);
        assertThrows(ApiException.class, () -> CaseClocks.checkInTime(reviewed, CaseWorkflow.Action.APPEAL, TODAY, null));
    }

    @Test
    void appealsAreAnsweredWithinSixtyDaysAndASuccessfulOneCorrectedWithinFifteen() {
        AccountabilityCase appealed = decided(TODAY.minusDays(70));
        appealed.appealFiledOn = TODAY.minusDays(60);
        appealed.status = CaseStatus.UNDER_APPEAL;
        assertFalse(CaseClocks.checkInTime(appealed, CaseWorkflow.Action.APPEAL_DECISION, TODAY, null));
        appealed.appealFiledOn = TODAY.minusDays(61);
        assertThrows(ApiException.class, () -> CaseClocks.checkInTime(appealed, CaseWorkflow.Action.APPEAL_DECISION, TODAY, null));

        AccountabilityCase correcting = decided(TODAY.minusDays(90));
        correcting.appealFiledOn = TODAY.minusDays(80);
        correcting.appealAnsweredOn = TODAY.minusDays(15);
        correcting.appealOutcome = AppealOutcome.CORRECTED;
        correcting.status = CaseStatus.CORRECTION_PENDING;
        assertFalse(CaseClocks.checkInTime(correcting, CaseWorkflow.Action.DECIDE, TODAY, null));
        assertEquals(Light.YELLOW, CaseClocks.light(correcting, TODAY));
        correcting.appealAnsweredOn = TODAY.minusDays(16);
        ApiException e = assertThrows(ApiException.class,
                () -> CaseClocks.checkInTime(correcting, CaseWorkflow.Action.DECIDE, TODAY, null));
        assertTrue(e.detail(false).contains("纠正原决定"), e.detail(false));
        // the first decision itself has no clock
        AccountabilityCase first = decided(TODAY);
        first.status = CaseStatus.NOTIFIED;
        first.decidedOn = null;
        assertFalse(CaseClocks.checkInTime(first, CaseWorkflow.Action.DECIDE, TODAY, null));
    }

    @Test
    void theWorkflowAllowsOneReviewAndOneAppealAndExecutionDuringThem() {
        AccountabilityCase c = decided(TODAY);
        assertEquals(List.of("execute", "review-request", "appeal"),
                CaseWorkflow.possible(c).stream().map(CaseWorkflow.Action::path).toList());
        c.reviewRequestedOn = TODAY;
        c.status = CaseStatus.UNDER_REVIEW;
        assertEquals(List.of("execute", "review-decision"), CaseWorkflow.possible(c).stream().map(CaseWorkflow.Action::path).toList());
        c.executedOn = TODAY;
        c.reviewOutcome = AccountabilityEnums.ReviewOutcome.UPHELD;
        assertEquals(CaseStatus.EXECUTED, CaseWorkflow.next(CaseWorkflow.Action.REVIEW_DECISION, c));
        c.status = CaseStatus.EXECUTED;
        assertEquals(List.of("close", "appeal"), CaseWorkflow.possible(c).stream().map(CaseWorkflow.Action::path).toList());
        ApiException e = assertThrows(ApiException.class, () -> CaseWorkflow.check(CaseWorkflow.Action.DISMISS, c));
        assertEquals("ILLEGAL_TRANSITION", e.code());
        assertTrue(e.detail(false).contains("EXECUTED") && e.detail(false).contains("close、appeal"), e.detail(false));
    }

    @Test
    void publicNamesKeepOnlyTheSurname() {
        assertEquals("王某", Names.masked("王建国"));
        assertEquals("欧阳某", Names.masked("欧阳明华"));
        assertEquals("欧某", Names.masked("欧阳"));
        assertEquals("经研究，决定对王某同志予以约谈。", Names.maskedIn("经研究，决定对王建国同志予以约谈。", "王建国"));
    }
}
