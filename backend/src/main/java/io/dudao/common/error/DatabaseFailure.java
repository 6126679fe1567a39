package io.dudao.common.error;

import org.hibernate.exception.JDBCConnectionException;

import java.net.ConnectException;
import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;
import java.util.Optional;

/**
 * What a failure from the database means for the client, read from the SQL state anywhere in the
 * cause chain: the database is away (503, retry later), a row is still referenced (409), a reference
 * points to nothing or a value did not fit its column (400). Anything else stays a server fault.
 */
enum DatabaseFailure {
    UNAVAILABLE, REFERENCED, NO_SUCH_REFERENCE, VALUE_TOO_LARGE;

    static Optional<DatabaseFailure> of(Throwable error) {
        for (Throwable e = error; e != null; e = e.getCause() == e ? null : e.getCause()) {
            if (e instanceof JDBCConnectionException || e instanceof ConnectException
                    || e instanceof SQLTransientConnectionException) {
                return Optional.of(UNAVAILABLE);
            }
            if (e instanceof SQLException sql) {
                Optional<DatabaseFailure> known = ofState(sql.getSQLState(), sql.getMessage());
                if (known.isPresent()) {
                    return known;
                }
            }
        }
        return Optional.empty();
    }

    private static Optional<DatabaseFailure> ofState(String state, String message) {
        if (state == null) {
            // the pool found no connection in time: the database is away or overwhelmed
            return message != null && message.toLowerCase().contains("acquisition timeout") ? Optional.of(UNAVAILABLE) : Optional.empty();
        }
        if (state.startsWith("08") || state.equals("57P01") || state.equals("57P02") || state.equals("57P03")
                || state.equals("53300")) {
            return Optional.of(UNAVAILABLE);
        }
        if (state.equals("23503")) {
            // "… is still referenced from table …" when removing; otherwise a new reference points nowhere
            return Optional.of(message != null && message.contains("still referenced") ? REFERENCED : NO_SUCH_REFERENCE);
        }
        if (state.equals("22001") || state.equals("22003")) {
            return Optional.of(VALUE_TOO_LARGE);
        }
        return Optional.empty();
    }
}
