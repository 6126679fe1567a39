package io.dudao.attachment;

import io.dudao.support.Api;
import io.dudao.support.World;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;

@QuarkusTest
class AttachmentTest {

    static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 0x0D, 'I', 'H', 'D', 'R'};

    @Inject
    World world;

    World.Tree tree;

    @BeforeEach
    void setUp() {
        tree = world.create();
    }

    private io.restassured.response.ValidatableResponse upload(String user, String name, byte[] bytes, String type) {
        return RestAssured.given().auth().oauth2(Api.token(user))
                .config(RestAssured.config().httpClient(io.restassured.config.HttpClientConfig.httpClientConfig()
                                .httpMultipartMode(org.apache.http.entity.mime.HttpMultipartMode.BROWSER_COMPATIBLE))
                        .multiPartConfig(io.restassured.config.MultiPartConfig.multiPartConfig().defaultCharset(StandardCharsets.UTF_8)))
                .multiPart("file", name, bytes, type)
                .post("/api/v1/attachments").then();
    }

    @Test
    void uploadsAreCheckedByContentAndDownloadedWithTheirChineseName() {
        byte[] text = "会议记录：传达学习渭南市2023年工作要点".getBytes(StandardCharsets.UTF_8);
        int id = upload(tree.countyAOffice(), "会议记录.txt", text, "text/plain").statusCode(201)
                .body("fileName", equalTo("会议记录.txt")).body("size", equalTo(text.length))
                .body("sha256", equalTo(sha256(text))).extract().path("id");
        byte[] back = Api.as(tree.countyAOffice()).accept("*/*").get("/api/v1/attachments/" + id).then().statusCode(200)
                .header("Content-Disposition", containsString("filename*=UTF-8''%E4%BC%9A%E8%AE%AE%E8%AE%B0%E5%BD%95.txt"))
                .extract().asByteArray();
        assertArrayEquals(text, back);

        upload(tree.countyAOffice(), "fake.pdf", "MZ this is an exe".getBytes(StandardCharsets.UTF_8), "application/pdf")
                .statusCode(415).body("code", equalTo("UNSUPPORTED_FILE_TYPE"));
        upload(tree.countyAOffice(), "tool.exe", PNG, "application/octet-stream").statusCode(415);
        upload(tree.countyAOffice(), "photo.png", PNG, "image/png").statusCode(201).body("contentType", equalTo("image/png"));
        upload(tree.countyAOffice(), "empty.txt", new byte[0], "text/plain").statusCode(400);
    }

    @Test
    void othersSeeAnAttachmentOnlyThroughWhatItIsAttachedTo() {
        int photo = upload(tree.countyAOffice(), "整改照片.png", PNG, "image/png").statusCode(201).extract().path("id");
        Api.as(tree.cityOffice()).accept("*/*").get("/api/v1/attachments/" + photo).then().statusCode(404);

        int task = Api.as(tree.cityOffice()).body(Map.of("title", "上传佐证", "category", "OTHER",
                "assigneeOrgId", tree.countyA(), "dueDate", LocalDate.now().plusDays(5).toString()))
                .post("/api/v1/tasks").then().statusCode(201).extract().path("id");
        Api.as(tree.countyAOffice()).body(Map.of("percent", 50, "attachmentIds", List.of(photo)))
                .post("/api/v1/tasks/" + task + "/progress").then().statusCode(201)
                .body("attachments[0].fileName", equalTo("整改照片.png"));
        Api.as(tree.cityOffice()).accept("*/*").get("/api/v1/attachments/" + photo).then().statusCode(200);
        Api.as(tree.countyBOffice()).accept("*/*").get("/api/v1/attachments/" + photo).then().statusCode(404);
        Api.as(tree.countyAOffice()).get("/api/v1/tasks/" + task + "/progress").then().statusCode(200)
                .body("[0].attachments[0].id", equalTo(photo));

        // someone else's upload cannot be attached
        int other = upload(tree.countyBOffice(), "b.png", PNG, "image/png").statusCode(201).extract().path("id");
        Api.as(tree.countyAOffice()).body(Map.of("percent", 60, "attachmentIds", List.of(other)))
                .post("/api/v1/tasks/" + task + "/progress").then().statusCode(400)
                .body("errors[0].field", equalTo("attachmentIds"));
    }

    @Test
    void acknowledgingWithAMeetingRecordCompletesTheTask() {
        int plan = Api.as(tree.cityOffice()).body(Map.of("title", "要点", "year", 2023)).post("/api/v1/plans").then()
                .statusCode(201).extract().path("id");
        Api.as(tree.cityOffice()).post("/api/v1/plans/" + plan + "/publish").then().statusCode(200);
        int ack = Api.as(tree.countyAOffice()).body(Map.of("documentNumber", "蒲政教督办函〔2023〕3号",
                        "recipientOrgIds", List.of(tree.zoneA())))
                .post("/api/v1/plans/" + plan + "/forwardings").then().statusCode(201).extract().path("recipients[0].taskId");
        int record = upload(tree.supervisorA(), "会议记录.txt", "会议记录".getBytes(StandardCharsets.UTF_8), "text/plain")
                .statusCode(201).extract().path("id");
        Api.as(tree.supervisorA()).body(Map.of("attachmentIds", List.of(record))).post("/api/v1/tasks/" + ack + "/acknowledge")
                .then().statusCode(200).body("status", equalTo("COMPLETED"));
        Api.as(tree.countyAOffice()).get("/api/v1/plans/" + plan + "/forwardings").then().statusCode(200)
                .body("[0].recipients[0].state", equalTo("RECORD_UPLOADED"));
        Api.as(tree.countyAOffice()).accept("*/*").get("/api/v1/attachments/" + record).then().statusCode(200);
    }

    static String sha256(byte[] bytes) {
        try {
            return java.util.HexFormat.of().formatHex(java.security.MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
