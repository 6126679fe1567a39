package io.dudao.common.json;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.BeanProperty;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.deser.ContextualDeserializer;
import com.fasterxml.jackson.databind.deser.std.NumberDeserializers;
import com.fasterxml.jackson.databind.deser.std.StdScalarDeserializer;
import jakarta.validation.constraints.Digits;

import java.io.IOException;
import java.math.BigDecimal;

/**
 * Every BigDecimal in a request body passes here: parsed as Jackson would, then held to the
 * field's {@code @Digits} (or {@link NumberBounds#DEFAULT}). Out-of-bounds numbers fail while the
 * body is read, with the field's path, before any rule or calculation sees them.
 */
public final class BoundedDecimalDeserializer extends StdScalarDeserializer<BigDecimal> implements ContextualDeserializer {

    private final NumberBounds bounds;

    BoundedDecimalDeserializer(NumberBounds bounds) {
        super(BigDecimal.class);
        this.bounds = bounds;
    }

    @Override
    public BigDecimal deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
        BigDecimal value = NumberDeserializers.BigDecimalDeserializer.instance.deserialize(p, ctxt);
        if (value == null) {
            return null;
        }
        return bounds.admit(value).orElseThrow(() -> new OutOfBounds(p, bounds));
    }

    @Override
    public JsonDeserializer<?> createContextual(DeserializationContext ctxt, BeanProperty property) {
        Digits digits = property == null ? null : property.getAnnotation(Digits.class);
        return digits == null ? this : new BoundedDecimalDeserializer(new NumberBounds(digits.integer(), digits.fraction()));
    }

    /** A number outside its field's bounds; the error mapper names the field and states the bounds. */
    public static final class OutOfBounds extends JsonMappingException {
        private final transient NumberBounds bounds;

        OutOfBounds(JsonParser p, NumberBounds bounds) {
            super(p, bounds.messageEn());
            this.bounds = bounds;
        }

        public NumberBounds bounds() {
            return bounds;
        }
    }
}
