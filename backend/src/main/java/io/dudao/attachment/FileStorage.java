package io.dudao.attachment;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;

/**
 * Where attachment bytes live. The default keeps them under the data directory; an S3-compatible
 * object store would implement the same two methods.
 */
public interface FileStorage {

    /** Moves a finished upload into storage under its content hash and returns its key. */
    String store(Path upload, String sha256) throws IOException;

    InputStream open(String key) throws IOException;
}
