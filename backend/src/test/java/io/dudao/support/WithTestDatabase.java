package io.dudao.support;

import io.quarkus.test.common.QuarkusTestResource;

/** Registers the test database for every @QuarkusTest in the module. */
@QuarkusTestResource(value = TestDatabase.class, restrictToAnnotatedClass = false)
public final class WithTestDatabase {
    private WithTestDatabase() {
    }
}
