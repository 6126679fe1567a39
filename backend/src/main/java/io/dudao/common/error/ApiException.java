package io.dudao.common.error;

import java.util.List;
import java.util.Map;

/**
 * A client-facing failure with a stable machine code. Messages come in Chinese and English; the
 * error mapper picks one by the request's Accept-Language (Chinese by default).
 */
public class ApiException extends RuntimeException {

    private final int status;
    private final String code;
    private final String detailZh;
    private final String detailEn;
    private final List<FieldError> errors;
    private final Map<String, String> headers;
    private final Map<String, Object> extensions;

    public ApiException(int status, String code, String detailZh, String detailEn) {
        this(status, code, detailZh, detailEn, List.of(), Map.of());
    }

    public ApiException(int status, String code, String detailZh, String detailEn, List<FieldError> errors,
                        Map<String, String> headers) {
        this(status, code, detailZh, detailEn, errors, headers, Map.of());
    }

    /**
     * With problem extension members (RFC 9457 §3.2): further top-level fields of the problem, such
     * as the {@code caseId} of a CASE_EXISTS conflict. Each is documented in the contract.
     */
    public ApiException(int status, String code, String detailZh, String detailEn, List<FieldError> errors,
                        Map<String, String> headers, Map<String, Object> extensions) {
        super(code + ": " + detailEn);
        this.status = status;
        this.code = code;
        this.detailZh = detailZh;
        this.detailEn = detailEn;
        this.errors = List.copyOf(errors);
        this.headers = Map.copyOf(headers);
        this.extensions = Map.copyOf(extensions);
    }

    public static ApiException notFound(String entityZh, String entityEn) {
        return new ApiException(404, "NOT_FOUND", entityZh + "不存在或无权查看", entityEn + " not found");
    }

    public static ApiException forbidden(String detailZh, String detailEn) {
        return new ApiException(403, "FORBIDDEN", detailZh, detailEn);
    }

    public static ApiException validation(String field, String messageZh, String messageEn) {
        return new ApiException(400, "VALIDATION_FAILED", messageZh, messageEn,
                List.of(new FieldError(field, messageZh)), Map.of());
    }

    public static ApiException conflict(String code, String detailZh, String detailEn) {
        return new ApiException(409, code, detailZh, detailEn);
    }

    public static ApiException versionConflict() {
        return new ApiException(409, "VERSION_CONFLICT", "数据已被他人修改，请刷新后重试",
                "The resource was changed by someone else; reload and try again");
    }

    public static ApiException preconditionFailed() {
        return new ApiException(412, "PRECONDITION_FAILED", "数据已被他人修改（If-Match 不匹配），请刷新后重试",
                "If-Match does not match the current version; reload and try again");
    }

    public int status() {
        return status;
    }

    public String code() {
        return code;
    }

    public String detail(boolean english) {
        return english ? detailEn : detailZh;
    }

    public List<FieldError> errors() {
        return errors;
    }

    public Map<String, String> headers() {
        return headers;
    }

    public Map<String, Object> extensions() {
        return extensions;
    }
}
