package io.dudao.common.web;

import io.dudao.common.error.ApiException;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.ext.Provider;
import jakarta.ws.rs.ext.ReaderInterceptor;
import jakarta.ws.rs.ext.ReaderInterceptorContext;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;

/** JSON request bodies are capped (uploads, which are multipart, have their own limit). */
@Provider
public class JsonBodyLimit implements ReaderInterceptor {

    @ConfigProperty(name = "app.request.max-json-bytes")
    long maxBytes;

    @Override
    public Object aroundReadFrom(ReaderInterceptorContext context) throws IOException {
        MediaType type = context.getMediaType();
        boolean multipart = type != null && type.getType().equalsIgnoreCase("multipart");
        if (!multipart) {
            String length = context.getHeaders().getFirst("Content-Length");
            if (length != null && parse(length) > maxBytes) {
                throw tooLarge();
            }
            context.setInputStream(new Limited(context.getInputStream(), maxBytes));
        }
        return context.proceed();
    }

    private static long parse(String value) {
        try {
            return Long.parseLong(value.trim());
        } catch (NumberFormatException e) {
            return -1;
        }
    }

    private ApiException tooLarge() {
        return new ApiException(413, "PAYLOAD_TOO_LARGE", "请求体超过 " + maxBytes / 1024 + " KB 上限",
                "The request body exceeds " + maxBytes / 1024 + " KB");
    }

    private final class Limited extends FilterInputStream {
        private long remaining;

        Limited(InputStream in, long limit) {
            super(in);
            this.remaining = limit;
        }

        @Override
        public int read() throws IOException {
            int b = super.read();
            if (b >= 0 && --remaining < 0) {
                throw tooLarge();
            }
            return b;
        }

        @Override
        public int read(byte[] buffer, int off, int len) throws IOException {
            int n = super.read(buffer, off, len);
            if (n > 0) {
                remaining -= n;
                if (remaining < 0) {
                    throw tooLarge();
                }
            }
            return n;
        }
    }
}
