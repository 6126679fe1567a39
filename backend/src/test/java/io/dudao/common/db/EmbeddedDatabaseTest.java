package io.dudao.common.db;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.Properties;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The embedded PostgreSQL asks for a password (scram-sha-256), kept in the data directory with mode 600. */
class EmbeddedDatabaseTest {

    private static Connection connect(EmbeddedPostgres postgres, String password) throws SQLException {
        Properties props = new Properties();
        props.setProperty("user", "postgres");
        if (password != null) {
            props.setProperty("password", password);
        }
        return DriverManager.getConnection("jdbc:postgresql://127.0.0.1:" + postgres.getPort() + "/postgres", props);
    }

    private static void assertPasswordRequired(Path cluster, Path passwordFile) throws Exception {
        assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(passwordFile)));
        String password = Files.readString(passwordFile, StandardCharsets.US_ASCII).trim();
        assertTrue(password.length() >= 24, "a long random password");
        String hba = Files.readString(cluster.resolve("pg_hba.conf"));
        assertFalse(hba.lines().filter(l -> !l.trim().startsWith("#")).anyMatch(l -> l.matches(".*\\strust(\\s.*)?")), hba);
        try (EmbeddedPostgres postgres = EmbeddedDatabase.start(cluster, passwordFile)) {
            assertThrows(SQLException.class, () -> connect(postgres, null).close());
            assertThrows(SQLException.class, () -> connect(postgres, "wrong-password").close());
            try (Connection c = connect(postgres, password)) {
                assertTrue(c.isValid(5));
            }
        }
    }

    @Test
    void aNewClusterRequiresItsGeneratedPassword(@TempDir Path dataDir) throws Exception {
        Path cluster = dataDir.resolve("pg");
        Path passwordFile = dataDir.resolve("keys").resolve("db-password");
        try (EmbeddedPostgres ignored = EmbeddedDatabase.start(cluster, passwordFile)) {
            assertTrue(Files.exists(passwordFile));
        }
        assertPasswordRequired(cluster, passwordFile);
    }

    @Test
    void aTrustClusterFromAnEarlierVersionIsSwitchedToPasswords(@TempDir Path dataDir) throws Exception {
        Path cluster = dataDir.resolve("pg");
        try (EmbeddedPostgres legacy = EmbeddedPostgres.builder().setDataDirectory(cluster).setCleanDataDirectory(false).start();
             Connection c = connect(legacy, null)) {
            assertTrue(c.isValid(5), "the earlier version trusted every local connection");
        }
        Path passwordFile = dataDir.resolve("keys").resolve("db-password");
        EmbeddedDatabase.start(cluster, passwordFile).close();
        assertPasswordRequired(cluster, passwordFile);
    }
}
