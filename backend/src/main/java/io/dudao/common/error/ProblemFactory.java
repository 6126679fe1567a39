package io.dudao.common.error;

import java.util.List;
import java.util.Locale;
import java.util.Map;

/** Builds problems: one place for type URIs, titles and the choice of language. */
public final class ProblemFactory {

    private static final Map<Integer, String> TITLES = Map.ofEntries(
            Map.entry(400, "Bad Request"), Map.entry(401, "Unauthorized"), Map.entry(403, "Forbidden"),
            Map.entry(404, "Not Found"), Map.entry(405, "Method Not Allowed"), Map.entry(406, "Not Acceptable"),
            Map.entry(409, "Conflict"), Map.entry(412, "Precondition Failed"), Map.entry(413, "Content Too Large"),
            Map.entry(415, "Unsupported Media Type"), Map.entry(422, "Unprocessable Content"),
            Map.entry(429, "Too Many Requests"), Map.entry(500, "Internal Server Error"),
            Map.entry(503, "Service Unavailable"));

    private ProblemFactory() {
    }

    public static boolean prefersEnglish(String acceptLanguage) {
        return acceptLanguage != null && acceptLanguage.trim().toLowerCase(Locale.ROOT).startsWith("en");
    }

    public static Problem of(int status, String code, String detail, String instance, List<FieldError> errors) {
        return new Problem("https://dudao.io/problems/" + code.toLowerCase(Locale.ROOT).replace('_', '-'),
                TITLES.getOrDefault(status, "Error"), status, detail, instance, code,
                errors == null || errors.isEmpty() ? null : errors);
    }

    /** The problem's members followed by extension members, as one JSON object. */
    public static Map<String, Object> withExtensions(Problem problem, Map<String, Object> extensions) {
        Map<String, Object> out = new java.util.LinkedHashMap<>();
        out.put("type", problem.type());
        out.put("title", problem.title());
        out.put("status", problem.status());
        out.put("detail", problem.detail());
        out.put("instance", problem.instance());
        out.put("code", problem.code());
        out.put("errors", problem.errors());
        out.values().removeIf(java.util.Objects::isNull);
        extensions.forEach(out::putIfAbsent);
        return out;
    }

    public static Problem of(ApiException e, String acceptLanguage, String instance) {
        return of(e.status(), e.code(), e.detail(prefersEnglish(acceptLanguage)), instance, e.errors());
    }
}
