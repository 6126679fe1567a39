package io.dudao.common.error;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.sql.SQLException;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The SQL states (and PostgreSQL's wording for 23503) the one error mapper turns into a client answer. */
class DatabaseFailureTest {

    @Test
    void aForeignKeyViolationIsAConflictWhenRemovingAndABadReferenceWhenWriting() {
        SQLException removing = new SQLException("ERROR: update or delete on table \"plan_item\" violates foreign key constraint"
                + " \"task_plan_item_fk\" on table \"task\"\n  Detail: Key (id)=(7) is still referenced from table \"task\".", "23503");
        SQLException writing = new SQLException("ERROR: insert or update on table \"plan\" violates foreign key constraint"
                + " \"plan_issuing_org_fk\"\n  Detail: Key (issuing_org_id)=(9223372036854775807) is not present in table \"organization\".", "23503");
        assertEquals(Optional.of(DatabaseFailure.REFERENCED), DatabaseFailure.of(new RuntimeException("wrapped", removing)));
        assertEquals(Optional.of(DatabaseFailure.NO_SUCH_REFERENCE), DatabaseFailure.of(new RuntimeException("wrapped", writing)));
    }

    @Test
    void otherStates() {
        assertEquals(Optional.of(DatabaseFailure.UNAVAILABLE), DatabaseFailure.of(new SQLException("terminating connection", "57P01")));
        assertEquals(Optional.of(DatabaseFailure.VALUE_TOO_LARGE), DatabaseFailure.of(new SQLException("value too long", "22001")));
        assertEquals(Optional.empty(), DatabaseFailure.of(new SQLException("syntax error", "42601")));
    }
}
