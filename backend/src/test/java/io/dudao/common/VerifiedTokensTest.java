package io.dudao.common;

import io.dudao.common.security.VerifiedTokens;
import io.dudao.support.Api;
import io.dudao.support.World;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A token verified once is taken as verified again only byte for byte, and never past what the rows allow. */
@QuarkusTest
class VerifiedTokensTest {

    @Inject
    World world;

    @Inject
    VerifiedTokens verified;

    @Test
    void onlyTheSameTokenIsTakenAsVerified() {
        World.Tree tree = world.create();
        String token = Api.token(tree.countyAOffice());
        given().auth().oauth2(token).get("/api/v1/me").then().statusCode(200);
        assertTrue(verified.remembers(token), "a token once verified is remembered");
        given().auth().oauth2(token).get("/api/v1/me").then().statusCode(200);
        // the same header and claims with another signature: verified afresh, and refused
        int signature = token.lastIndexOf('.') + 1;
        char flipped = token.charAt(signature + 5) == 'A' ? 'B' : 'A';
        String forged = token.substring(0, signature + 5) + flipped + token.substring(signature + 6);
        given().auth().oauth2(forged).get("/api/v1/me").then().statusCode(401);
        given().auth().oauth2(token + "x").get("/api/v1/me").then().statusCode(401);
        given().auth().oauth2(token).get("/api/v1/me").then().statusCode(200);
        assertFalse(verified.remembers(forged), "a refused token is not");
    }
}
