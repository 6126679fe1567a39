package io.dudao.task;

import io.dudao.common.work.Light;
import io.dudao.task.TaskEnums.Status;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;

import static org.junit.jupiter.api.Assertions.assertEquals;

class TaskLightsTest {

    private static final LocalDate TODAY = LocalDate.of(2023, 3, 10);

    @Test
    void boundaries() {
        assertEquals(Light.RED, TaskLights.of(Status.IN_PROGRESS, TODAY.minusDays(1), TODAY));
        assertEquals(Light.YELLOW, TaskLights.of(Status.IN_PROGRESS, TODAY, TODAY));
        assertEquals(Light.YELLOW, TaskLights.of(Status.NOT_STARTED, TODAY.plusDays(3), TODAY));
        assertEquals(Light.GREEN, TaskLights.of(Status.SUBMITTED, TODAY.plusDays(4), TODAY));
        assertEquals(Light.NONE, TaskLights.of(Status.COMPLETED, TODAY.minusDays(9), TODAY));
        assertEquals(Light.NONE, TaskLights.of(Status.CANCELLED, TODAY.minusDays(9), TODAY));
        assertEquals(Light.NONE, TaskLights.of(Status.IN_PROGRESS, null, TODAY));
    }
}
