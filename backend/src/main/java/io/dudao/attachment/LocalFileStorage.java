package io.dudao.attachment;

import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/** Files under {@code APP_DATA_DIR/attachments/ab/abcdef…}: content-addressed, so duplicates share bytes. */
@ApplicationScoped
public class LocalFileStorage implements FileStorage {

    @ConfigProperty(name = "app.data-dir")
    String dataDir;

    @Override
    public String store(Path upload, String sha256) throws IOException {
        String key = sha256.substring(0, 2) + "/" + sha256;
        Path target = root().resolve(key);
        if (!Files.exists(target)) {
            Files.createDirectories(target.getParent());
            Path partial = target.resolveSibling(sha256 + ".part-" + System.nanoTime());
            Files.copy(upload, partial, StandardCopyOption.REPLACE_EXISTING);
            Files.move(partial, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        }
        return key;
    }

    @Override
    public InputStream open(String key) throws IOException {
        Path file = root().resolve(key).normalize();
        if (!file.startsWith(root())) {
            throw new IOException("invalid storage key");
        }
        return Files.newInputStream(file);
    }

    private Path root() {
        return Path.of(dataDir).toAbsolutePath().normalize().resolve("attachments");
    }
}
