package io.dudao.common.web;

import io.dudao.common.error.ApiException;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.ext.ParamConverter;
import jakarta.ws.rs.ext.ParamConverterProvider;
import jakarta.ws.rs.ext.Provider;

import java.lang.annotation.Annotation;
import java.lang.reflect.Type;
import java.util.regex.Pattern;

/**
 * Whole-number path and query parameters (ids, years, page numbers): plain digits only, within the
 * type's range; anything else (1e400, 1.5, 400 digits) is a 400 that names the parameter.
 */
@Provider
public class WholeNumberParams implements ParamConverterProvider {

    public static final String MESSAGE_ZH = "须为整数（不含小数点和指数），且不超出取值范围";
    public static final String MESSAGE_EN = "must be a whole number (no decimal point or exponent) within range";
    private static final Pattern DIGITS = Pattern.compile("[-+]?\\d{1,19}");

    @Override
    @SuppressWarnings("unchecked")
    public <T> ParamConverter<T> getConverter(Class<T> rawType, Type genericType, Annotation[] annotations) {
        boolean isLong = rawType == Long.class || rawType == long.class;
        boolean isInt = rawType == Integer.class || rawType == int.class;
        if (!isLong && !isInt) {
            return null;
        }
        String name = nameOf(annotations);
        long min = isLong ? Long.MIN_VALUE : Integer.MIN_VALUE;
        long max = isLong ? Long.MAX_VALUE : Integer.MAX_VALUE;
        return (ParamConverter<T>) new ParamConverter<Object>() {
            @Override
            public Object fromString(String value) {
                if (value == null) {
                    return null;
                }
                String text = value.trim();
                long parsed;
                try {
                    if (!DIGITS.matcher(text).matches()) {
                        throw new NumberFormatException();
                    }
                    parsed = Long.parseLong(text);
                } catch (NumberFormatException e) {
                    throw invalid(name);
                }
                if (parsed < min || parsed > max) {
                    throw invalid(name);
                }
                return isLong ? (Object) parsed : (Object) (int) parsed;
            }

            @Override
            public String toString(Object value) {
                return String.valueOf(value);
            }
        };
    }

    private static ApiException invalid(String name) {
        return ApiException.validation(name, MESSAGE_ZH, MESSAGE_EN);
    }

    private static String nameOf(Annotation[] annotations) {
        if (annotations != null) {
            for (Annotation a : annotations) {
                if (a instanceof QueryParam q) {
                    return q.value();
                }
                if (a instanceof PathParam p) {
                    return p.value();
                }
            }
        }
        return "parameter";
    }
}
