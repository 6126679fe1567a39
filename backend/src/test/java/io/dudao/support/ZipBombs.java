package io.dudao.support;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Arrays;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;

/** Small Office files that inflate far past their size: a real document with one part padded out. */
public final class ZipBombs {

    private ZipBombs() {
    }

    /** The archive with {@code part} replaced by {@code megabytes} MB of spaces (about 1000:1 compressed). */
    public static byte[] inflating(byte[] officeFile, String part, int megabytes) {
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(officeFile));
             ByteArrayOutputStream bytes = new ByteArrayOutputStream();
             ZipOutputStream out = new ZipOutputStream(bytes)) {
            byte[] spaces = new byte[1024 * 1024];
            Arrays.fill(spaces, (byte) ' ');
            for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                out.putNextEntry(new ZipEntry(entry.getName()));
                if (entry.getName().equals(part)) {
                    for (int i = 0; i < megabytes; i++) {
                        out.write(spaces);
                    }
                } else {
                    in.transferTo(out);
                }
                out.closeEntry();
            }
            out.finish();
            return bytes.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
