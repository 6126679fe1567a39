package io.dudao.plan;

import io.dudao.common.document.OfficeFiles;
import io.dudao.common.error.ApiException;
import io.dudao.common.security.Caller;
import io.dudao.plan.PlanDtos.ForwardedFrom;
import io.dudao.plan.PlanDtos.PlanImportResult;
import io.dudao.plan.PlanDtos.PlanResponse;
import io.dudao.plan.PlanDtos.SavePlanItem;
import io.dudao.plan.PlanDtos.SavePlanRequest;
import io.dudao.plan.importing.DocxText;
import io.dudao.plan.importing.ImportWarning;
import io.dudao.plan.importing.ImportWarningField;
import io.dudao.plan.importing.NotADocumentException;
import io.dudao.plan.importing.ParsedItem;
import io.dudao.plan.importing.ParsedPlan;
import io.dudao.plan.importing.PlanDocumentParser;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * Turns an official notice (pasted text, .txt or .docx) into a DRAFT plan. The parser never fails on
 * odd input: what it cannot read comes back as warnings with the source line.
 */
@ApplicationScoped
public class PlanImportService {

    public static final long MAX_FILE_BYTES = 10L * 1024 * 1024;
    private static final int MAX_HEADING = 500;
    private static final int MAX_TEXT = 20000;

    @Inject
    PlanService plans;

    @Inject
    io.dudao.common.time.AppClock clock;

    @Inject
    PlanImportWarningService importWarnings;

    @Transactional
    public PlanImportResult importText(Caller caller, String text) {
        if (text == null || text.isBlank()) {
            throw ApiException.validation("text", "导入内容为空", "the document is empty");
        }
        if (text.indexOf('\u0000') >= 0) {
            throw notADocument();
        }
        return save(caller, text, PlanDocumentParser.parse(text));
    }

    @Transactional
    public PlanImportResult importFile(Caller caller, String fileName, byte[] bytes) {
        if (bytes.length > MAX_FILE_BYTES) {
            throw new ApiException(413, "PAYLOAD_TOO_LARGE", "导入文件不能超过 10 MB", "Import files are limited to 10 MB");
        }
        String name = fileName == null ? "" : fileName.toLowerCase();
        String text;
        if (name.endsWith(".docx")) {
            try {
                text = DocxText.extract(new ByteArrayInputStream(bytes));
            } catch (NotADocumentException | IOException e) {
                throw OfficeFiles.inflatesTooFar(e) ? OfficeFiles.inflatesTooFarProblem() : notADocument();
            }
        } else if (name.endsWith(".txt") || name.isEmpty()) {
            if (DocxText.looksBinary(bytes)) {
                throw notADocument();
            }
            text = DocxText.decode(bytes);
        } else {
            throw new ApiException(415, "UNSUPPORTED_FILE_TYPE", "只支持导入 .docx 或 .txt 文件",
                    "Only .docx and .txt files can be imported");
        }
        return importText(caller, text);
    }

    private PlanImportResult save(Caller caller, String text, ParsedPlan parsed) {
        int year = parsed.year() != null ? parsed.year()
                : parsed.issuedOn() != null ? parsed.issuedOn().getYear() : clock.year();
        String title = parsed.title() == null || parsed.title().isBlank() ? "导入的工作要点" : parsed.title();
        ForwardedFrom forwarding = parsed.forwarding() == null ? null : new ForwardedFrom(
                parsed.forwarding().documentNumber(), parsed.forwarding().issuingBody(), parsed.forwarding().issuedOn(),
                parsed.forwarding().title(), parsed.forwarding().recipients(), parsed.forwarding().instructions());
        List<ImportWarning> warnings = new ArrayList<>(parsed.warnings());
        String preamble = parsed.preamble();
        if (preamble != null && preamble.length() > MAX_TEXT) {
            // a notice without items keeps its whole text here; the editor accepts at most MAX_TEXT characters
            preamble = preamble.substring(0, MAX_TEXT);
            warnings.add(new ImportWarning(1, ImportWarningField.TEXT,
                    "正文超过 " + MAX_TEXT + " 字，导言只保留了前 " + MAX_TEXT + " 字，请对照原文"));
        }
        SavePlanRequest request = new SavePlanRequest(truncate(title, 300), year, caller.orgId(),
                truncate(parsed.documentNumber(), 100), parsed.issuedOn(), truncate(parsed.recipients(), 1000),
                preamble, items(parsed.items()), forwarding, null);
        PlanResponse plan = plans.create(caller, request);
        List<String> sourceLines = List.of(text.split("\r\n|\r|\n", -1));
        return new PlanImportResult(plan, forwarding, importWarnings.record(plan.id(), warnings, sourceLines), sourceLines);
    }

    private static List<SavePlanItem> items(List<ParsedItem> parsed) {
        if (parsed == null) {
            return List.of();
        }
        return parsed.stream().map(i -> new SavePlanItem(null, truncate(blankToDash(i.heading()), MAX_HEADING), i.content(),
                items(i.subItems()))).toList();
    }

    private static String blankToDash(String s) {
        return s == null || s.isBlank() ? "（无标题）" : s;
    }

    private static String truncate(String s, int max) {
        return s == null || s.length() <= max ? s : s.substring(0, max);
    }

    private static ApiException notADocument() {
        return ApiException.validation("file", "无法读取该文件：不是有效的 .docx 或文本文件",
                "cannot read the file: not a valid .docx or text file");
    }
}
