package io.dudao.common.export;

import java.util.function.Function;

/**
 * One export column: a stable English name (CSV header, what scripts rely on), a Chinese header
 * (the .xlsx people open), and how to read it from a row.
 */
public record Column<T>(String name, String chineseHeader, Function<T, Object> value) {

    public static <T> Column<T> of(String name, String chineseHeader, Function<T, Object> value) {
        return new Column<>(name, chineseHeader, value);
    }
}
