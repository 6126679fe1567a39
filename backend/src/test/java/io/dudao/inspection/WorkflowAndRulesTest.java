package io.dudao.inspection;

import io.dudao.common.error.ApiException;
import io.dudao.inspection.InspectionEnums.FindingStatus;
import io.dudao.inspection.InspectionEnums.InspectionReportStatus;
import io.dudao.common.work.Light;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class WorkflowAndRulesTest {

    private static final LocalDate TODAY = LocalDate.of(2023, 6, 15);

    @Test
    void reportMovesAndTheirRefusals() {
        assertEquals(InspectionReportStatus.SUBMITTED, ReportWorkflow.next(ReportWorkflow.Action.SUBMIT, InspectionReportStatus.DRAFT));
        assertEquals(InspectionReportStatus.DRAFT, ReportWorkflow.next(ReportWorkflow.Action.RETURN, InspectionReportStatus.APPROVED));
        assertEquals(List.of("approve", "return"), ReportWorkflow.possibleFrom(InspectionReportStatus.SUBMITTED).stream()
                .map(ReportWorkflow.Action::path).toList());
        assertDoesNotThrow(() -> ReportWorkflow.check(ReportWorkflow.Action.PUBLISH, InspectionReportStatus.APPROVED));
        ApiException e = assertThrows(ApiException.class,
                () -> ReportWorkflow.check(ReportWorkflow.Action.PUBLISH, InspectionReportStatus.SUBMITTED));
        assertEquals(409, e.status());
        assertEquals("ILLEGAL_TRANSITION", e.code());
        assertTrue(e.detail(false).contains("SUBMITTED") && e.detail(false).contains("approve、return"), e.detail(false));
        assertTrue(e.detail(true).contains("Allowed: approve, return"), e.detail(true));
        assertTrue(assertThrows(ApiException.class, () -> ReportWorkflow.check(ReportWorkflow.Action.EDIT,
                InspectionReportStatus.PUBLISHED)).detail(false).contains("无"));
    }

    @Test
    void findingLoop() {
        assertEquals(List.of(FindingWorkflow.Action.RECTIFY), FindingWorkflow.possibleFrom(FindingStatus.REOPENED));
        assertEquals(List.of(FindingWorkflow.Action.VERIFY, FindingWorkflow.Action.REOPEN),
                FindingWorkflow.possibleFrom(FindingStatus.SUBMITTED));
        assertTrue(FindingWorkflow.possibleFrom(FindingStatus.VERIFIED).isEmpty());
        assertEquals("ILLEGAL_TRANSITION", assertThrows(ApiException.class,
                () -> FindingWorkflow.check(FindingWorkflow.Action.VERIFY, FindingStatus.OPEN)).code());
    }

    @Test
    void lightsFollowTheTaskRule() {
        assertEquals(Light.RED, FindingRules.light(FindingStatus.OPEN, TODAY.minusDays(1), TODAY));
        assertEquals(Light.YELLOW, FindingRules.light(FindingStatus.SUBMITTED, TODAY, TODAY));
        assertEquals(Light.YELLOW, FindingRules.light(FindingStatus.REOPENED, TODAY.plusDays(3), TODAY));
        assertEquals(Light.GREEN, FindingRules.light(FindingStatus.OPEN, TODAY.plusDays(4), TODAY));
        assertEquals(Light.NONE, FindingRules.light(FindingStatus.VERIFIED, TODAY.minusDays(10), TODAY));
    }

    @Test
    void escalationAfterTwoReopeningsOrThirtyDaysOverdue() {
        assertFalse(FindingRules.escalation(FindingStatus.REOPENED, 1, TODAY.plusDays(5), TODAY));
        assertTrue(FindingRules.escalation(FindingStatus.REOPENED, 2, TODAY.plusDays(5), TODAY));
        assertTrue(FindingRules.escalation(FindingStatus.VERIFIED, 2, TODAY.plusDays(5), TODAY), "the history still counts");
        assertFalse(FindingRules.escalation(FindingStatus.OPEN, 0, TODAY.minusDays(29), TODAY));
        assertTrue(FindingRules.escalation(FindingStatus.OPEN, 0, TODAY.minusDays(30), TODAY));
        assertTrue(FindingRules.escalation(FindingStatus.SUBMITTED, 0, TODAY.minusDays(45), TODAY));
        assertFalse(FindingRules.escalation(FindingStatus.VERIFIED, 0, TODAY.minusDays(45), TODAY), "closed in time enough");
    }
}
