package io.dudao.plan.importing;

/** Chinese numerals as used in section numbers (一 … 九十九) and written-out years (二〇二三). */
final class ChineseNumbers {

    private static final String DIGITS = "〇一二三四五六七八九";

    private ChineseNumbers() {
    }

    /** The value of 一 … 九十九, or -1 when the text is not such a numeral. */
    static int parse(String numeral) {
        if (numeral == null || numeral.isEmpty() || numeral.length() > 3) {
            return -1;
        }
        int ten = numeral.indexOf('十');
        if (ten < 0) {
            return numeral.length() == 1 ? positiveDigit(numeral.charAt(0)) : -1;
        }
        if (numeral.indexOf('十', ten + 1) >= 0) {
            return -1;
        }
        int tens = ten == 0 ? 1 : ten == 1 ? positiveDigit(numeral.charAt(0)) : -1;
        int ones = ten == numeral.length() - 1 ? 0
                : ten == numeral.length() - 2 ? positiveDigit(numeral.charAt(ten + 1)) : -1;
        return tens < 0 || ones < 0 ? -1 : tens * 10 + ones;
    }

    /** Digit-by-digit value of a written-out year such as 二〇二三, or -1. */
    static int parseDigits(String digits) {
        int value = 0;
        for (int i = 0; i < digits.length(); i++) {
            int digit = digit(digits.charAt(i));
            if (digit < 0) {
                return -1;
            }
            value = value * 10 + digit;
        }
        return digits.isEmpty() ? -1 : value;
    }

    private static int positiveDigit(char c) {
        int digit = digit(c);
        return digit > 0 ? digit : -1;
    }

    private static int digit(char c) {
        if (c == '○' || c == '零' || c == 'O' || c == '0') {
            return 0;
        }
        return DIGITS.indexOf(c);
    }
}
