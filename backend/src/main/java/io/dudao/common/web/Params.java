package io.dudao.common.web;

import io.dudao.common.error.ApiException;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.stream.Collectors;

/**
 * Query parameters are taken as strings and parsed here, so a bad value is a 400 naming the
 * parameter (JAX-RS would answer 404 for a query parameter it cannot convert).
 */
public final class Params {

    private Params() {
    }

    public static <E extends Enum<E>> E enumValue(String value, Class<E> type, String field) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return Enum.valueOf(type, value.trim());
        } catch (IllegalArgumentException e) {
            String allowed = Arrays.stream(type.getEnumConstants()).map(Enum::name).collect(Collectors.joining(", "));
            throw ApiException.validation(field, "取值无效，可选：" + allowed, "invalid value; allowed: " + allowed);
        }
    }

    public static OffsetDateTime instant(String value, String field) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return OffsetDateTime.parse(value.trim());
        } catch (DateTimeParseException e) {
            throw ApiException.validation(field, "时间格式应为 ISO-8601，例如 2023-02-15T08:00:00+08:00",
                    "expected an ISO-8601 instant such as 2023-02-15T08:00:00+08:00");
        }
    }

    public static LocalDate date(String value, String field) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(value.trim());
        } catch (DateTimeParseException e) {
            throw ApiException.validation(field, "日期格式应为 YYYY-MM-DD", "expected a date such as 2023-02-15");
        }
    }
}
