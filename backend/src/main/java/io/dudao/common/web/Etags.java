package io.dudao.common.web;

import io.dudao.common.error.ApiException;
import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.Response;

/**
 * ETags start with the resource's version (GETs add a hash of the caller's representation, see
 * {@link ConditionalGet}); If-Match carries either form back on updates and only the version counts.
 */
public final class Etags {

    private Etags() {
    }

    public static EntityTag of(long version) {
        return new EntityTag(Long.toString(version));
    }

    public static Response.ResponseBuilder ok(Object body, long version) {
        return Response.ok(body).tag(of(version));
    }

    /**
     * The version an update is based on: If-Match when present (a mismatch is 412), otherwise the
     * body's version (a mismatch is 409).
     */
    public static long expectedVersion(String ifMatch, Long bodyVersion, long currentVersion) {
        if (ifMatch != null && !ifMatch.isBlank()) {
            String value = ifMatch.trim();
            if (value.equals("*")) {
                return currentVersion;
            }
            value = unquote(value).replaceFirst("-.*$", "");
            try {
                long expected = Long.parseLong(value);
                if (expected != currentVersion) {
                    throw ApiException.preconditionFailed();
                }
                return expected;
            } catch (NumberFormatException e) {
                throw ApiException.preconditionFailed();
            }
        }
        if (bodyVersion == null) {
            throw ApiException.validation("version", "缺少版本号（version 字段或 If-Match 头）",
                    "version is required (in the body or as If-Match)");
        }
        if (bodyVersion != currentVersion) {
            throw ApiException.versionConflict();
        }
        return bodyVersion;
    }

    /** The opaque value of an entity tag as sent: without W/ and quotes. */
    static String unquote(String tag) {
        return tag.trim().replaceFirst("^W/", "").replace("\"", "");
    }
}
