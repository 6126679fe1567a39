package io.dudao.common;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The committed contract (openapi/openapi.yaml) must equal what the code publishes. After an API
 * change, regenerate it with: ./mvnw -pl backend test -Dtest=OpenApiContractTest -Dcontract.update=true
 */
@QuarkusTest
class OpenApiContractTest {

    @Test
    void committedContractMatchesTheCode() throws IOException {
        String published = given().accept("application/yaml").get("/q/openapi").then().statusCode(200)
                .extract().body().asString();
        Path committed = Path.of(System.getProperty("dudao.repo.root", ".."), "openapi", "openapi.yaml");
        if (Boolean.getBoolean("contract.update")) {
            Files.createDirectories(committed.getParent());
            Files.writeString(committed, published, StandardCharsets.UTF_8);
            return;
        }
        assertTrue(Files.exists(committed), "missing " + committed);
        assertEquals(Files.readString(committed, StandardCharsets.UTF_8), published,
                "openapi/openapi.yaml is out of date: run ./mvnw -pl backend test -Dtest=OpenApiContractTest -Dcontract.update=true and commit it");
    }

    @Test
    void everyOperationHasAnIdATagAndDocumentedErrors() {
        String yaml = given().accept("application/yaml").get("/q/openapi").then().extract().body().asString();
        int operations = 0;
        for (String line : yaml.split("\n")) {
            if (line.matches("    (get|post|put|delete|patch):")) {
                operations++;
            }
        }
        int ids = yaml.split("\n      operationId: ", -1).length - 1;
        assertTrue(operations > 10, "operations: " + operations);
        assertEquals(operations, ids, "every operation needs an operationId");
        assertTrue(yaml.contains("application/problem+json"));
        assertTrue(yaml.contains("bearerAuth"));
    }
}
