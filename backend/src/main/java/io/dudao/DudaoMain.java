package io.dudao;

import io.dudao.common.db.EmbeddedDatabase;
import io.dudao.auth.JwtKeyFiles;
import io.quarkus.runtime.LaunchMode;
import io.quarkus.runtime.Quarkus;
import io.quarkus.runtime.annotations.QuarkusMain;

import java.nio.file.Path;

/**
 * Starts an embedded PostgreSQL (unless an external database URL is configured) and, in the
 * packaged app, makes sure a JWT key pair exists in the data directory, then runs Quarkus.
 * Tests do not go through main(); they get their database from a test resource.
 */
@QuarkusMain
public class DudaoMain {

    public static void main(String... args) {
        Path dataDir = Path.of(setting("APP_DATA_DIR", "app.data-dir", "./data")).toAbsolutePath().normalize();
        System.setProperty("app.data-dir", dataDir.toString());

        if (setting("QUARKUS_DATASOURCE_JDBC_URL", "quarkus.datasource.jdbc.url", null) == null) {
            EmbeddedDatabase.startOnce(dataDir.resolve("pg"), dataDir.resolve("keys").resolve("db-password"));
            if (setting("APP_DEMO_DATA", "app.demo-data", null) == null) {
                System.setProperty("app.demo-data", "true");
            }
        }
        if (LaunchMode.current() == LaunchMode.NORMAL) {
            JwtKeyFiles.ensureExist(dataDir.resolve("keys"));
        }
        Quarkus.run(args);
    }

    private static String setting(String env, String property, String fallback) {
        String value = System.getProperty(property);
        if (value == null || value.isBlank()) {
            value = System.getenv(env);
        }
        return value == null || value.isBlank() ? fallback : value;
    }
}
