package io.dudao.support;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import io.zonky.test.db.postgres.util.LinuxUtils;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * A throwaway real PostgreSQL for the test run (no Docker, no H2). Tests of how the service behaves
 * while the database is away stop and restart this very server with pg_ctl, as an operator would.
 */
public class TestDatabase implements QuarkusTestResourceLifecycleManager {

    private static Path dataDirectory;
    private EmbeddedPostgres postgres;

    @Override
    public Map<String, String> start() {
        try {
            dataDirectory = Files.createTempDirectory("dudao-test-pg");
            postgres = EmbeddedPostgres.builder().setDataDirectory(dataDirectory).setCleanDataDirectory(true)
                    .setLocaleConfig("encoding", "UTF8").setLocaleConfig("locale", "C").start();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return Map.of(
                "quarkus.datasource.jdbc.url", postgres.getJdbcUrl("postgres", "postgres"),
                "quarkus.datasource.username", "postgres",
                "quarkus.datasource.password", "");
    }

    @Override
    public void stop() {
        if (postgres != null) {
            try {
                postgres.close();
            } catch (IOException ignored) {
                // the temporary cluster goes away with the JVM anyway
            }
        }
    }

    /** Stops the test database (fast shutdown: open connections are cut). */
    public static void stopServer() {
        pgCtl(List.of("-m", "fast", "-w", "-t", "30", "stop"));
    }

    /** Starts it again with the options it had (pg_ctl restart reads them from postmaster.opts). */
    public static void startServer() {
        pgCtl(List.of("-w", "-t", "60", "-l", dataDirectory.resolve("restarted.log").toString(), "restart"));
    }

    private static Path pgCtl;

    private static void pgCtl(List<String> arguments) {
        List<String> command = new ArrayList<>();
        if (LinuxUtils.isUnshareAvailable()) {
            command.addAll(List.of("unshare", "-U")); // as zonky does: PostgreSQL refuses to run as root
        }
        command.add(pgCtlPath().toString());
        command.addAll(List.of("-D", dataDirectory.toString()));
        command.addAll(arguments);
        try {
            Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
            String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            if (!process.waitFor(90, TimeUnit.SECONDS) || process.exitValue() != 0) {
                throw new IllegalStateException("pg_ctl " + arguments + " failed: " + output);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** pg_ctl beside the running postmaster's binary (found through postmaster.pid). */
    private static synchronized Path pgCtlPath() {
        if (pgCtl == null) {
            try {
                long pid = Long.parseLong(Files.readAllLines(dataDirectory.resolve("postmaster.pid")).get(0).trim());
                String postgresBinary = ProcessHandle.of(pid).flatMap(p -> p.info().command())
                        .orElseThrow(() -> new IllegalStateException("cannot see the postmaster's command"));
                pgCtl = Path.of(postgresBinary).resolveSibling("pg_ctl");
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return pgCtl;
    }
}
