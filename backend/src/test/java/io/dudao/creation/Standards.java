package io.dudao.creation;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import io.dudao.creation.engine.StandardContent;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/** The seeded national standards, read from the same files the application seeds (no Quarkus). */
final class Standards {

    static final ObjectMapper MAPPER = new ObjectMapper().configure(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS, true)
            .configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false)
            .setNodeFactory(JsonNodeFactory.withExactBigDecimals(true)); // 0.50 stays 0.50, as the seeder reads it

    private Standards() {
    }

    static StandardContent balanced2017() {
        return read("/creation/balanced-compulsory-2017.json");
    }

    static StandardContent preschool2020() {
        return read("/creation/inclusive-preschool-2020.json");
    }

    private static StandardContent read(String resource) {
        try (InputStream in = Standards.class.getResourceAsStream(resource)) {
            return MAPPER.treeToValue(MAPPER.readTree(in).get("content"), StandardContent.class);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
