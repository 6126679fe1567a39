package io.dudao.common.json;

import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.module.SimpleModule;
import io.quarkus.jackson.ObjectMapperCustomizer;
import jakarta.inject.Singleton;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.math.BigDecimal;

/**
 * What a JSON request body may hold, set in one place for every endpoint: bounded nesting,
 * document, string and number lengths; decimals within their declared digits; whole-number fields
 * refuse 1.5 or 1e3 instead of truncating them; unknown properties are refused.
 */
@Singleton
public class JsonInput implements ObjectMapperCustomizer {

    /** Deepest legitimate body: an indicator tree (3 levels) inside a document, with room to spare. */
    public static final int MAX_NESTING_DEPTH = 64;
    /**
     * Longer number tokens fail in the parser (without a field name); shorter ones, up to this, reach
     * the typed deserialisers, which name the field (a 400-digit id or score is refused with its path).
     */
    public static final int MAX_NUMBER_LENGTH = 1000;
    public static final int MAX_NAME_LENGTH = 200;

    @ConfigProperty(name = "app.request.max-json-bytes")
    long maxJsonBytes;

    @Override
    public void customize(ObjectMapper mapper) {
        mapper.getFactory().setStreamReadConstraints(StreamReadConstraints.builder()
                .maxNestingDepth(MAX_NESTING_DEPTH)
                .maxNumberLength(MAX_NUMBER_LENGTH)
                .maxNameLength(MAX_NAME_LENGTH)
                .maxStringLength((int) Math.min(Integer.MAX_VALUE, maxJsonBytes))
                .maxDocumentLength(maxJsonBytes)
                .build());
        mapper.enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);
        mapper.disable(DeserializationFeature.ACCEPT_FLOAT_AS_INT);
        mapper.registerModule(new SimpleModule("dudao-bounded-decimals")
                .addDeserializer(BigDecimal.class, new BoundedDecimalDeserializer(NumberBounds.DEFAULT)));
        mapper.addHandler(new UnknownProperties.Collector());
    }
}
