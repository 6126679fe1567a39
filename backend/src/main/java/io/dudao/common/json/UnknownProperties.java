package io.dudao.common.json;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonStreamContext;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.deser.DeserializationProblemHandler;
import io.dudao.common.error.ApiException;
import io.dudao.common.error.FieldError;
import jakarta.ws.rs.ext.Provider;
import jakarta.ws.rs.ext.ReaderInterceptor;
import jakarta.ws.rs.ext.ReaderInterceptorContext;

import java.io.IOException;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;

/**
 * A request body with properties its endpoint does not know is refused, all of them named at once,
 * so an integrator's typo ({@code "dueDtae"}) is a 400 rather than a silently ignored field. While
 * a request body is read, unknown properties are collected and skipped; anywhere else (seed files)
 * FAIL_ON_UNKNOWN_PROPERTIES refuses the first one.
 */
@Provider
public class UnknownProperties implements ReaderInterceptor {

    private static final ThreadLocal<List<FieldError>> COLLECTED = new ThreadLocal<>();

    @Override
    public Object aroundReadFrom(ReaderInterceptorContext context) throws IOException {
        List<FieldError> outer = COLLECTED.get();
        List<FieldError> unknown = new ArrayList<>();
        COLLECTED.set(unknown);
        try {
            Object body = context.proceed();
            if (!unknown.isEmpty()) {
                String names = unknown.stream().map(FieldError::field).collect(Collectors.joining(", "));
                throw new ApiException(400, "UNKNOWN_PROPERTY", "请求体中有该接口不接受的字段：" + names,
                        "The request body has properties this endpoint does not accept: " + names, unknown, Map.of());
            }
            return body;
        } finally {
            if (outer == null) {
                COLLECTED.remove();
            } else {
                COLLECTED.set(outer);
            }
        }
    }

    /** Registered on the ObjectMapper by {@link JsonInput}. */
    static final class Collector extends DeserializationProblemHandler {
        @Override
        public boolean handleUnknownProperty(DeserializationContext ctxt, JsonParser p, JsonDeserializer<?> deserializer,
                                             Object beanOrClass, String propertyName) throws IOException {
            List<FieldError> sink = COLLECTED.get();
            if (sink == null) {
                return false;
            }
            sink.add(new FieldError(path(p, propertyName), message(deserializer == null ? null : deserializer.getKnownPropertyNames())));
            p.skipChildren();
            return true;
        }

        private static String message(Collection<Object> known) {
            if (known == null || known.isEmpty()) {
                return "未知字段";
            }
            return "未知字段；可用字段：" + known.stream().map(Objects::toString).sorted().collect(Collectors.joining("、"));
        }

        /** "items[2].subItems[0].bogus": where the unknown property sits in the body. */
        private static String path(JsonParser p, String propertyName) {
            JsonStreamContext context = p.getParsingContext();
            if (p.hasToken(JsonToken.START_OBJECT) || p.hasToken(JsonToken.START_ARRAY)) {
                context = context.getParent();
            }
            Deque<Object> segments = new ArrayDeque<>();
            segments.push(propertyName);
            for (JsonStreamContext c = context == null ? null : context.getParent(); c != null && !c.inRoot(); c = c.getParent()) {
                if (c.inArray()) {
                    segments.push(c.getCurrentIndex());
                } else if (c.getCurrentName() != null) {
                    segments.push(c.getCurrentName());
                }
            }
            StringBuilder out = new StringBuilder();
            for (Object segment : segments) {
                if (segment instanceof Integer index) {
                    out.append('[').append(index).append(']');
                } else {
                    out.append(out.length() == 0 ? "" : ".").append(segment);
                }
            }
            return out.toString();
        }
    }
}
