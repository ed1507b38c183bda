package cloud.citizen.votes.api;

import static cloud.citizen.votes.testing.VotesFixtures.anonymous;
import static cloud.citizen.votes.testing.VotesFixtures.as;
import static cloud.citizen.votes.testing.VotesFixtures.bind;
import static cloud.citizen.votes.testing.VotesFixtures.citizen;
import static cloud.citizen.votes.testing.VotesFixtures.create;
import static cloud.citizen.votes.testing.VotesFixtures.load;
import static cloud.citizen.votes.testing.VotesFixtures.newId;
import static cloud.citizen.votes.testing.VotesFixtures.openMotion;
import static cloud.citizen.votes.testing.VotesFixtures.staffOf;
import static cloud.citizen.votes.testing.VotesFixtures.tokens;
import static cloud.citizen.votes.testing.VotesFixtures.unit;
import static cloud.citizen.votes.testing.VotesFixtures.verifiedUser;
import static org.hamcrest.Matchers.equalTo;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import cloud.citizen.emulator.testing.EmulatedAwsTest;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.specification.RequestSpecification;

/**
 * Every route for anonymous (401), a citizen who owns nothing here, an owner of the community,
 * staff of another community, staff of this one, and an admin.
 */
@QuarkusTest
@EmulatedAwsTest
class AccessTest {
    private String c;
    private String staff;
    private String otherStaff;
    private String admin;
    private String owner;
    private String ownerToken;
    private String stranger;

    /** A fresh community for each test (RestAssured's port is known only once the application runs). */
    @BeforeEach
    void community() {
        c = newId("c");
        staff = staffOf(c);
        otherStaff = staffOf(newId("elsewhere"));
        admin = tokens().admin(newId("admin"));
        load(staff, c, List.of(unit("a", "90", false), unit("b", "90", false))).then().statusCode(201);
        owner = verifiedUser();
        ownerToken = citizen(owner);
        stranger = citizen(newId("u"));
        bind(staff, c, "a", owner);
    }

    private static RequestSpecification anon() {
        return anonymous();
    }

    @Test
    void roster_isForStaffOfTheCommunityAndAdmins() {
        String path = "/v1/communities/" + c + "/units";
        anon().get(path).then().statusCode(401).contentType("application/problem+json");
        for (String token : List.of(stranger, ownerToken, otherStaff)) {
            as(token).get(path).then().statusCode(403);
            as(token).body(List.of(unit("z", "1", false))).post(path).then().statusCode(403);
            as(token).body(Map.of("userId", owner)).post(path + "/b/owners").then().statusCode(403);
            as(token).delete(path + "/a/owners/" + owner).then().statusCode(403);
        }
        anon().body(List.of(unit("z", "1", false))).post(path).then().statusCode(401);
        anon().body(Map.of("userId", owner)).post(path + "/b/owners").then().statusCode(401);
        anon().delete(path + "/a/owners/" + owner).then().statusCode(401);
        as(staff).get(path).then().statusCode(200);
        as(admin).get(path).then().statusCode(200);
        String extra = verifiedUser();
        as(admin).body(Map.of("userId", extra)).post(path + "/b/owners").then().statusCode(201);
        as(staff).delete(path + "/b/owners/" + extra).then().statusCode(204);
        as(staff).body(Map.of("userId", extra)).post(path + "/b/owners").then().statusCode(201);
        as(admin).delete(path + "/b/owners/" + extra).then().statusCode(204);
    }

    @Test
    void myUnits_needASignedInCitizen_andShowOnlyTheirOwn() {
        anon().get("/v1/me/units").then().statusCode(401);
        as(ownerToken).get("/v1/me/units").then().statusCode(200).body("items.unitId", equalTo(List.of("a")));
        as(stranger).get("/v1/me/units").then().statusCode(200).body("items.size()", equalTo(0));
    }

    @Test
    void elections_areCreatedByStaff_andReadByOwnersAndStaff() {
        String path = "/v1/communities/" + c + "/elections";
        anon().body(openMotion("ordinary")).post(path).then().statusCode(401);
        for (String token : List.of(stranger, ownerToken, otherStaff)) {
            as(token).body(openMotion("ordinary")).post(path).then().statusCode(403);
        }
        as(admin).body(openMotion("major")).post(path).then().statusCode(201);
        String e = create(staff, c, openMotion("ordinary"));
        anon().get(path).then().statusCode(401);
        anon().get("/v1/elections/" + e).then().statusCode(401);
        for (String token : List.of(stranger, otherStaff)) {
            as(token).get(path).then().statusCode(403);
            as(token).get("/v1/elections/" + e).then().statusCode(403);
        }
        for (String token : List.of(ownerToken, staff, admin)) {
            as(token).get(path).then().statusCode(200);
            as(token).get("/v1/elections/" + e).then().statusCode(200);
        }
        as(staff).get("/v1/elections/e-unknown").then().statusCode(404).body("code", equalTo("ELECTION_NOT_FOUND"));
    }

    @Test
    void ballotsCloseResultsReceiptsAndAudit_eachFollowTheirRule() {
        String e = create(staff, c, openMotion("ordinary"));
        Map<String, Object> ballot = Map.of("unitId", "a", "choices", List.of("agree"));
        anon().body(ballot).post("/v1/elections/{e}/ballots", e).then().statusCode(401);
        for (String token : List.of(stranger, staff, admin, otherStaff)) {
            as(token).body(ballot).post("/v1/elections/{e}/ballots", e).then().statusCode(403)
                    .body("code", equalTo("NOT_UNIT_OWNER"));
        }
        String r = as(ownerToken).body(ballot).post("/v1/elections/{e}/ballots", e).then().statusCode(201)
                .extract().path("receipt");

        anon().post("/v1/elections/{e}/close", e).then().statusCode(401);
        for (String token : List.of(stranger, ownerToken, otherStaff)) {
            as(token).post("/v1/elections/{e}/close", e).then().statusCode(403);
        }
        as(staff).post("/v1/elections/{e}/close", e).then().statusCode(200);

        anon().get("/v1/elections/{e}/results", e).then().statusCode(401);
        anon().get("/v1/elections/{e}/audit", e).then().statusCode(401);
        for (String token : List.of(stranger, otherStaff)) {
            as(token).get("/v1/elections/{e}/results", e).then().statusCode(403);
        }
        for (String token : List.of(stranger, ownerToken, otherStaff)) {
            as(token).get("/v1/elections/{e}/audit", e).then().statusCode(403);
        }
        for (String token : List.of(ownerToken, staff, admin)) {
            as(token).get("/v1/elections/{e}/results", e).then().statusCode(200);
        }
        as(staff).get("/v1/elections/{e}/audit", e).then().statusCode(200);
        as(admin).get("/v1/elections/{e}/audit", e).then().statusCode(200);
        anon().get("/v1/elections/{e}/receipts/{r}", e, r).then().statusCode(200).body("included", equalTo(true));
        as(stranger).get("/v1/elections/{e}/receipts/{r}", e, r).then().statusCode(200);
        anon().get("/v1/elections/{e}/receipts/{r}", "e-other", r).then().statusCode(404);
    }

    @Test
    void forgedAndExpiredTokens_are401() {
        as(tokens().expired(owner)).get("/v1/me/units").then().statusCode(401);
        as(tokens().signedWithForeignKey(owner)).get("/v1/me/units").then().statusCode(401);
        anon().get("/v1/no-such-route").then().statusCode(404);
    }
}
