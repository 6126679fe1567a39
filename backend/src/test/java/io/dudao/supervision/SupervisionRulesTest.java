package io.dudao.supervision;

import io.dudao.supervision.SupervisionEnums.Semester;
import io.dudao.supervision.SupervisionEnums.VisitFrequency;
import io.dudao.supervision.SupervisionRules.CellState;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** Teaching months, visits required by today and the state of each month, from a county's settings. */
class SupervisionRulesTest {

    static SupervisionRules rules(VisitFrequency frequency, int visits) {
        return SupervisionRules.of(5, 20, frequency, visits, "02-20", "07-10", "09-01", "01-20", "1,2,7,8");
    }

    @Test
    void theAutumnSemesterRunsIntoTheNextYearAndSkipsHolidayMonths() {
        SupervisionRules monthly = rules(VisitFrequency.MONTHLY, 1);
        assertEquals(List.of(YearMonth.of(2023, 9), YearMonth.of(2023, 10), YearMonth.of(2023, 11), YearMonth.of(2023, 12),
                YearMonth.of(2024, 1)), monthly.months(2023, Semester.AUTUMN));
        assertEquals(LocalDate.of(2024, 1, 20), monthly.end(2023, Semester.AUTUMN));
        assertEquals(4, monthly.teachingMonths(2023, Semester.AUTUMN));
        assertEquals(List.of(YearMonth.of(2024, 2), YearMonth.of(2024, 3), YearMonth.of(2024, 4), YearMonth.of(2024, 5),
                YearMonth.of(2024, 6), YearMonth.of(2024, 7)), monthly.months(2024, Semester.SPRING));
        assertEquals(4, monthly.teachingMonths(2024, Semester.SPRING));
    }

    @Test
    void monthlyVisitsAreRequiredForEachTeachingMonthThatHasEnded() {
        SupervisionRules monthly = rules(VisitFrequency.MONTHLY, 1);
        LocalDate mid = LocalDate.of(2023, 11, 15);
        assertEquals(2, monthly.elapsedTeachingMonths(2023, Semester.AUTUMN, mid));
        assertEquals(2, monthly.requiredByNow(2023, Semester.AUTUMN, mid));
        assertEquals(0, monthly.requiredByNow(2023, Semester.AUTUMN, LocalDate.of(2023, 9, 30)));
        assertEquals(1, monthly.requiredByNow(2023, Semester.AUTUMN, LocalDate.of(2023, 10, 1)));
        // January is a holiday month: the whole semester needs four
        assertEquals(4, monthly.requiredByNow(2023, Semester.AUTUMN, LocalDate.of(2024, 3, 1)));
        assertEquals(8, rules(VisitFrequency.MONTHLY, 2).requiredByNow(2023, Semester.AUTUMN, LocalDate.of(2024, 3, 1)));

        assertEquals(CellState.VISITED, monthly.cell(YearMonth.of(2023, 9), 1, mid));
        assertEquals(CellState.MISSED, monthly.cell(YearMonth.of(2023, 10), 0, mid));
        assertEquals(CellState.DUE, monthly.cell(YearMonth.of(2023, 11), 0, mid));
        assertEquals(CellState.VISITED, monthly.cell(YearMonth.of(2023, 11), 1, mid));
        assertEquals(CellState.UPCOMING, monthly.cell(YearMonth.of(2023, 12), 0, mid));
        assertEquals(CellState.HOLIDAY, monthly.cell(YearMonth.of(2024, 1), 0, mid));
        assertEquals(CellState.MISSED, rules(VisitFrequency.MONTHLY, 2).cell(YearMonth.of(2023, 9), 1, mid));
    }

    @Test
    void aPerSemesterFrequencyIsSpreadOverTheTeachingMonthsAndRoundedUp() {
        SupervisionRules perSemester = rules(VisitFrequency.SEMESTER, 3);
        // ceil(3 × 1 / 4) = 1, ceil(3 × 2 / 4) = 2, ceil(3 × 3 / 4) = 3
        assertEquals(1, perSemester.requiredByNow(2023, Semester.AUTUMN, LocalDate.of(2023, 10, 1)));
        assertEquals(2, perSemester.requiredByNow(2023, Semester.AUTUMN, LocalDate.of(2023, 11, 1)));
        assertEquals(3, perSemester.requiredByNow(2023, Semester.AUTUMN, LocalDate.of(2023, 12, 1)));
        // no monthly requirement: an empty past month is not red
        assertEquals(CellState.NONE, perSemester.cell(YearMonth.of(2023, 9), 0, LocalDate.of(2023, 11, 15)));
    }
}
