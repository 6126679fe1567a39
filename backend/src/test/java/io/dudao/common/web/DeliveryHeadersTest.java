package io.dudao.common.web;

import io.dudao.support.Api;
import io.dudao.support.World;
import io.restassured.RestAssured;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.greaterThan;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Compression and cache lifetimes as a browser on a slow line meets them. */
@QuarkusTest
class DeliveryHeadersTest {

    /** A file under META-INF/resources/assets of the test classpath, named like a Vite chunk. */
    private static final String ASSET = "/assets/delivery-test-3f9a1c.js";

    @Inject
    World world;

    @Test
    void hashedAssetsAreGzippedAndCachedForAYear() {
        given().header("Accept-Encoding", "gzip").get(ASSET).then().statusCode(200)
                .header("Content-Encoding", "gzip")
                .header("Cache-Control", "public, max-age=31536000, immutable")
                .body(containsString("督导"));
    }

    @Test
    void aClientThatCannotUnpackGetsTheFileAsItIs() throws Exception {
        // java.net.http sends no Accept-Encoding (REST Assured always offers gzip)
        HttpResponse<String> response = HttpClient.newHttpClient().send(
                HttpRequest.newBuilder(URI.create(RestAssured.baseURI + ":" + RestAssured.port + ASSET)).build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(200, response.statusCode());
        assertTrue(response.headers().firstValue("Content-Encoding").filter("gzip"::equals).isEmpty());
        assertTrue(response.body().contains("督导"));
    }

    @Test
    void largeJsonAnswersAreGzippedAndKeepTheirEtags() {
        World.Tree tree = world.create();
        String preamble = "各县（市、区）教育督导室：现将《2023年全市教育督导工作要点》印发给你们，请结合实际认真贯彻落实。".repeat(20);
        int plan = Api.as(tree.cityOffice()).body(Map.of("title", "渭南市2023年教育督导工作要点", "year", 2023, "preamble", preamble))
                .post("/api/v1/plans").then().statusCode(201).extract().path("id");
        var response = Api.as(tree.cityOffice()).header("Accept-Encoding", "gzip").get("/api/v1/plans/" + plan)
                .then().statusCode(200).header("Content-Encoding", "gzip").header("ETag", not(nullValue()))
                .extract();
        assertTrue(response.asString().contains(preamble));
        // the API's own cache rule stands: private answers are revalidated, never made immutable
        assertFalse(String.valueOf(response.header("Cache-Control")).contains("immutable"));
    }

    @Test
    void smallAnswersAreSentAsTheyAre() {
        given().header("Accept-Encoding", "gzip").get("/api/v1/public/instance").then().statusCode(200)
                .header("Content-Encoding", not(equalTo("gzip")))
                .header("Content-Length", Integer::parseInt, greaterThan(0));
    }

    @Test
    void pagesThatNameTheAssetsAreRevalidatedAndTheApiIsLeftAlone() {
        assertEquals("public, max-age=31536000, immutable", DeliveryHeaders.cacheControlFor("/assets/index-Ab12.js", 200));
        assertEquals("no-cache", DeliveryHeaders.cacheControlFor("/", 200));
        assertEquals("no-cache", DeliveryHeaders.cacheControlFor("/sw.js", 200));
        assertEquals("no-cache", DeliveryHeaders.cacheControlFor("/tasks/12", 200));
        assertNull(DeliveryHeaders.cacheControlFor("/api/v1/tasks", 200));
        assertNull(DeliveryHeaders.cacheControlFor("/q/openapi", 200));
        assertNull(DeliveryHeaders.cacheControlFor("/assets/missing.js", 404));
        assertTrue(DeliveryHeaders.tooSmallToCompress("200"));
        assertFalse(DeliveryHeaders.tooSmallToCompress("4096"));
        assertFalse(DeliveryHeaders.tooSmallToCompress(null));
    }
}
