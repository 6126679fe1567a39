package io.dudao.common.security;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;

/** Files only the service's own user may read: keys and passwords in the data directory (mode 600). */
public final class PrivateFiles {

    private PrivateFiles() {
    }

    /** Mode 600 where the file system knows POSIX permissions. */
    public static void restrict(Path file) throws IOException {
        try {
            Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
        } catch (UnsupportedOperationException ignored) {
            // not a POSIX file system
        }
    }

    /**
     * Writes a new private file atomically: created with mode 600 before anything is written, then
     * linked into place, so a concurrent first start cannot replace it. Returns false when the file
     * already existed (the caller then reads that one).
     */
    public static boolean createOnce(Path file, String content) throws IOException {
        if (Files.exists(file)) {
            return false;
        }
        Files.createDirectories(file.getParent());
        Path temp = Files.createTempFile(file.getParent(), file.getFileName().toString(), ".tmp");
        try {
            restrict(temp);
            Files.writeString(temp, content, StandardCharsets.US_ASCII);
            Files.createLink(file, temp);
            return true;
        } catch (java.nio.file.FileAlreadyExistsException lost) {
            return false;
        } finally {
            Files.deleteIfExists(temp);
        }
    }
}
