package io.dudao.common.document;

import io.dudao.common.error.ApiException;
import org.apache.poi.openxml4j.util.ZipSecureFile;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.apache.poi.xwpf.usermodel.XWPFDocument;

import java.io.ByteArrayInputStream;
import java.io.IOException;

/**
 * The one way uploaded .docx and .xlsx files are opened. They are zip archives, and a 50 KB upload
 * can inflate to gigabytes: POI's zip-bomb limits are set here, explicitly, before any document is
 * read, so an upload that inflates past them stops after the first 100 KB with a clear 413.
 */
public final class OfficeFiles {

    /** Compressed ÷ inflated size of any part; ordinary Office XML stays well above 1:100. */
    public static final double MIN_INFLATE_RATIO = 0.01;
    /** Largest inflated part (document.xml, a sheet): a 3,000-row return or a long plan is a few MB. */
    public static final long MAX_ENTRY_BYTES = 32L * 1024 * 1024;
    /** Most characters a text extractor may collect from one file. */
    public static final long MAX_TEXT_CHARS = 5L * 1024 * 1024;
    /** Parts inflated before the ratio is judged (small parts compress oddly). */
    public static final long GRACE_ENTRY_BYTES = 100L * 1024;
    /** Most parts in one archive. */
    public static final long MAX_PARTS = 1000;

    static {
        ZipSecureFile.setMinInflateRatio(MIN_INFLATE_RATIO);
        ZipSecureFile.setMaxEntrySize(MAX_ENTRY_BYTES);
        ZipSecureFile.setMaxTextSize(MAX_TEXT_CHARS);
        ZipSecureFile.setGraceEntrySize(GRACE_ENTRY_BYTES);
        ZipSecureFile.setMaxFileCount(MAX_PARTS);
    }

    private OfficeFiles() {
    }

    public static XWPFDocument docx(byte[] content) throws IOException {
        return new XWPFDocument(new ByteArrayInputStream(content));
    }

    public static Workbook workbook(byte[] content) throws IOException {
        return WorkbookFactory.create(new ByteArrayInputStream(content));
    }

    /** Whether opening failed because the archive inflates past the limits (anywhere in the cause chain). */
    public static boolean inflatesTooFar(Throwable error) {
        for (Throwable e = error; e != null; e = e.getCause() == e ? null : e.getCause()) {
            String message = e.getMessage();
            if (message != null && (message.contains("Zip bomb detected") || message.contains("potentially malicious"))) {
                return true;
            }
        }
        return false;
    }

    public static ApiException inflatesTooFarProblem() {
        return new ApiException(413, "FILE_INFLATES_TOO_FAR",
                "文件解压后过大（疑似压缩炸弹），已拒绝：压缩比不能超过 " + Math.round(1 / MIN_INFLATE_RATIO) + ":1，单个部件解压后不超过 "
                        + MAX_ENTRY_BYTES / 1024 / 1024 + " MB，部件不超过 " + MAX_PARTS + " 个",
                "The file inflates too far (a possible zip bomb): at most " + Math.round(1 / MIN_INFLATE_RATIO)
                        + ":1 compression, " + MAX_ENTRY_BYTES / 1024 / 1024 + " MB per inflated part and " + MAX_PARTS + " parts");
    }
}
