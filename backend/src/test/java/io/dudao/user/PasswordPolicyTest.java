package io.dudao.user;

import io.dudao.common.error.ApiException;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class PasswordPolicyTest {

    @Test
    void threeOfFourCharacterClasses() {
        assertEquals(2, PasswordPolicy.classes("abcdefg1"));
        assertEquals(3, PasswordPolicy.classes("Abcdefg1"));
        assertEquals(3, PasswordPolicy.classes("abcdef#1"));
        assertEquals(4, PasswordPolicy.classes("Demo@2023"));
        assertEquals(3, PasswordPolicy.classes("督导通ab1"), "Chinese characters count as symbols");
        assertThrows(ApiException.class, () -> PasswordPolicy.check("wang", "abcdefg1", "password"));
        assertThrows(ApiException.class, () -> PasswordPolicy.check("wang", "Ab1#", "password"));
        assertDoesNotThrow(() -> PasswordPolicy.check("wang", "Abcdefg1", "password"));
    }

    @Test
    void notTheUsername() {
        ApiException e = assertThrows(ApiException.class, () -> PasswordPolicy.check("Wang_Li1", "wang_li1", "newPassword"));
        assertEquals("newPassword", e.errors().get(0).field());
    }
}
