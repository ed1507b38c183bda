package cloud.citizen.votes.api;

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
import static cloud.citizen.votes.testing.VotesFixtures.units;
import static cloud.citizen.votes.testing.VotesFixtures.verifiedUser;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.junit.jupiter.api.Test;

import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

import cloud.citizen.emulator.testing.Concurrently;
import cloud.citizen.emulator.testing.CountedQueries;
import cloud.citizen.emulator.testing.EmulatedAwsResource;
import cloud.citizen.emulator.testing.EmulatedAwsTest;
import cloud.citizen.platform.outbox.Outbox;
import cloud.citizen.platform.paging.CursorCodec;
import cloud.citizen.votes.domain.OwnedUnit;
import cloud.citizen.votes.store.DynamoRoster;
import cloud.citizen.votes.testing.QueueReader;
import cloud.citizen.votes.testing.VotesFixtures;
import io.quarkus.test.junit.QuarkusTest;

@QuarkusTest
@EmulatedAwsTest
class RosterTest {

    @Test
    void load_createsUnits_andStaffListThemWithTheirOwners() {
        String c = newId("c");
        String staff = staffOf(c);
        load(staff, c, units("a", 3)).then().statusCode(201).body("loaded", equalTo(3));
        String owner = verifiedUser();
        bind(staff, c, "a-2", owner);

        as(staff).get("/v1/communities/{c}/units", c).then().statusCode(200)
                .body("items.unitId", contains("a-1", "a-2", "a-3"))
                .body("items[1].owners", contains(owner))
                .body("items[1].areaM2", equalTo(100.0f))
                .body("nextCursor", equalTo(null));
    }

    // a cursor is bound to its community: on another one it would start outside DynamoDB's key condition
    @Test
    void units_aCursorOfOneCommunity_isRefusedOnAnother() {
        String c = newId("c");
        String other = newId("c");
        String staff = tokens().staff(newId("staff"), c, other);
        load(staff, c, units("a", 3)).then().statusCode(201);
        load(staff, other, units("b", 3)).then().statusCode(201);
        String cursor = as(staff).get("/v1/communities/{c}/units?limit=1", c).then().statusCode(200)
                .extract().path("nextCursor");
        assertThat(cursor).isNotNull();

        as(staff).get("/v1/communities/{c}/units?limit=1&cursor=" + cursor, c).then().statusCode(200)
                .body("items.unitId", contains("a-2"));
        as(staff).get("/v1/communities/{c}/units?limit=1&cursor=" + cursor, other).then().statusCode(400)
                .body("code", equalTo("INVALID_CURSOR"));
        as(staff).get("/v1/communities/{c}/elections?limit=1&cursor=" + cursor, c).then().statusCode(400)
                .body("code", equalTo("INVALID_CURSOR"));
    }

    @Test
    void load_resendingAUnit_updatesIt_andKeepsItsOwners() {
        String c = newId("c");
        String staff = staffOf(c);
        load(staff, c, List.of(unit("u1", "80.25", false))).then().statusCode(201);
        String owner = verifiedUser();
        bind(staff, c, "u1", owner);

        load(staff, c, List.of(unit("u1", "81.75", false))).then().statusCode(201);

        as(staff).get("/v1/communities/{c}/units", c).then().statusCode(200)
                .body("items[0].areaM2", equalTo(81.75f)).body("items[0].owners", contains(owner));
    }

    // my units come from the owner's own items, which keep a copy of the unit: a reload must reach it
    @Test
    void meUnits_showTheUnitAsLastLoaded_toEveryOwner() {
        String c = newId("c");
        String staff = staffOf(c);
        load(staff, c, List.of(unit("m1", "80.25", false), unit("m2", "70", false))).then().statusCode(201);
        String first = verifiedUser();
        String second = verifiedUser();
        bind(staff, c, "m1", first);
        bind(staff, c, "m1", second);
        bind(staff, c, "m2", second);

        load(staff, c, List.of(Map.of("unitId", "m1", "building", "9", "number", "909",
                "areaM2", new java.math.BigDecimal("81.75"), "developerHeld", false))).then().statusCode(201);

        for (String owner : List.of(first, second)) {
            as(citizen(owner)).get("/v1/me/units").then().statusCode(200)
                    .body("items[0].unitId", equalTo("m1")).body("items[0].building", equalTo("9"))
                    .body("items[0].number", equalTo("909")).body("items[0].areaM2", equalTo(81.75f));
        }
        as(citizen(second)).get("/v1/me/units").then().statusCode(200).body("items.unitId", contains("m1", "m2"))
                .body("items[1].areaM2", equalTo(70.0f));
    }

    // GET /v1/me/units costs one round trip: one Query of the owner's own items, whatever communities they are in
    @Test
    void meUnits_isOneQuery_forUnitsInSeveralCommunities() {
        String c = newId("c");
        String other = newId("c");
        String staff = tokens().staff(newId("staff"), c, other);
        load(staff, c, units("a", 2)).then().statusCode(201);
        load(staff, other, units("b", 1)).then().statusCode(201);
        String owner = verifiedUser();
        bind(staff, c, "a-1", owner);
        bind(staff, c, "a-2", owner);
        bind(staff, other, "b-1", owner);
        CountedQueries queries = new CountedQueries();
        String table = EmulatedAwsResource.environment().get("VOTES_TABLE");
        DynamoRoster roster = new DynamoRoster(queries.client(), table,
                new Outbox(queries.client(), () -> {
                    throw new IllegalStateException("reading my units sends nothing");
                }, table, Clock.systemUTC()), Optional.empty(), new CursorCodec("reading-my-units-needs-no-cursor"),
                Clock.systemUTC());

        assertThat(roster.unitsOf(owner)).extracting(OwnedUnit::unitId, OwnedUnit::building)
                .containsExactlyInAnyOrder(tuple("a-1", "1"), tuple("a-2", "1"), tuple("b-1", "1"));
        assertThat(queries.count()).isEqualTo(1);
    }

    // ownership items written before they carried a copy of the unit (no migration: read from the unit)
    @Test
    void meUnits_listsAnOwnershipRecordedWithoutACopyOfTheUnit() {
        String c = newId("c");
        String staff = staffOf(c);
        load(staff, c, List.of(unit("old", "66.60", false))).then().statusCode(201);
        String owner = verifiedUser();
        bind(staff, c, "old", owner);
        EmulatedAwsResource.aws().dynamoDb().putItem(put -> put.tableName(EmulatedAwsResource.environment().get("VOTES_TABLE"))
                .item(Map.of("pk", AttributeValue.fromS("USER#" + owner), "sk", AttributeValue.fromS("UNIT#" + c + "#old"),
                        "communityId", AttributeValue.fromS(c), "unitId", AttributeValue.fromS("old"))));

        as(citizen(owner)).get("/v1/me/units").then().statusCode(200).body("items", hasSize(1))
                .body("items[0].unitId", equalTo("old")).body("items[0].areaM2", equalTo(66.6f));
    }

    // binds and reloads of one unit race: whatever wins, every owner's copy ends equal to the unit
    @Test
    void bindsDuringReloads_leaveEveryOwnersCopyEqualToTheUnit() throws Exception {
        String c = newId("c");
        String staff = staffOf(c);
        load(staff, c, List.of(unit("r1", "50", false))).then().statusCode(201);
        List<String> users = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            users.add(verifiedUser());
        }

        List<Integer> statuses = Concurrently.run(12, i -> i % 2 == 0
                ? load(staff, c, List.of(unit("r1", (50 + i) + ".00", false))).statusCode()
                : as(staff).body(Map.of("userId", users.get(i / 2))).post("/v1/communities/{c}/units/{u}/owners", c, "r1")
                        .statusCode());

        assertThat(statuses).allMatch(status -> status == 201 || status == 409);
        float area = as(staff).get("/v1/communities/{c}/units", c).then().statusCode(200).extract()
                .path("items[0].areaM2");
        List<String> owners = as(staff).get("/v1/communities/{c}/units", c).then().extract().path("items[0].owners");
        for (String user : users) {
            var mine = as(citizen(user)).get("/v1/me/units").then().statusCode(200);
            if (owners.contains(user)) {
                mine.body("items", hasSize(1)).body("items[0].areaM2", equalTo(area));
            } else {
                mine.body("items", hasSize(0));
            }
        }
    }

    @Test
    void load_withBadRows_returns422WithOneEntryPerBadRow_andWritesNothing() {
        String c = newId("c");
        String staff = staffOf(c);
        List<Map<String, Object>> rows = List.of(unit("ok-1", "90.00", false), unit("bad-area", "0", false),
                unit("ok-1", "70.00", false), unit("three-decimals", "70.125", false), unit("-starts-with-dash", "50", false));

        as(staff).body(rows).post("/v1/communities/{c}/units", c).then().statusCode(422)
                .contentType("application/problem+json").body("code", equalTo("INVALID_UNITS"))
                .body("errors.field", contains("[1]", "[2]", "[3]", "[4]"));

        as(staff).get("/v1/communities/{c}/units", c).then().statusCode(200).body("items", hasSize(0));
    }

    @Test
    void load_malformedBodies_return400_andWriteNothing() {
        String c = newId("c");
        String staff = staffOf(c);
        List<Object> tooMany = new ArrayList<>(units("x", 501));
        List<Object> bodies = List.of(Map.of("unitId", "a"), List.of(Map.of("unitId", "a", "building", "1", "number", "1",
                "areaM2", "90")), List.of(Map.of("unitId", "a", "building", "1", "number", "1")), List.of(), tooMany,
                List.of(Map.of("unitId", 5, "building", "1", "number", "1", "areaM2", 9)));
        for (Object body : bodies) {
            as(staff).body(body).post("/v1/communities/{c}/units", c).then().statusCode(400)
                    .contentType("application/problem+json").body("code", equalTo("VALIDATION_FAILED"));
        }
        as(staff).body("[{\"unitId\": ").post("/v1/communities/{c}/units", c).then().statusCode(400);
        as(staff).get("/v1/communities/{c}/units", c).then().statusCode(200).body("items", hasSize(0));
    }

    @Test
    void bind_publishesUnitOwnerBound_andTheOwnerSeesTheUnitInMeUnits() throws Exception {
        String c = newId("c");
        String staff = staffOf(c);
        load(staff, c, List.of(unit("b1", "89.50", false))).then().statusCode(201);
        String owner = verifiedUser();

        bind(staff, c, "b1", owner);

        as(citizen(owner)).get("/v1/me/units").then().statusCode(200)
                .body("items", hasSize(1)).body("items[0].communityId", equalTo(c))
                .body("items[0].unitId", equalTo("b1")).body("items[0].areaM2", equalTo(89.5f))
                .body("nextCursor", equalTo(null));
        var events = QueueReader.await("UnitOwnershipQueue", 1, m -> owner.equals(m.path("userId").asText()));
        assertThat(events).hasSize(1);
        assertThat(events.get(0).path("type").asText()).isEqualTo("unit-owner-bound");
        assertThat(events.get(0).path("areaM2").asText()).isEqualTo("89.50");
        assertThat(events.get(0).path("communityId").asText()).isEqualTo(c);
    }

    @Test
    void bindingTwice_changesNothing_andAnnouncesOnce() throws Exception {
        String c = newId("c");
        String staff = staffOf(c);
        load(staff, c, List.of(unit("b1", "60", false))).then().statusCode(201);
        String owner = verifiedUser();
        bind(staff, c, "b1", owner);
        bind(staff, c, "b1", owner);

        // wait a little for a second announcement that must not come
        var events = QueueReader.await("UnitOwnershipQueue", 2, m -> owner.equals(m.path("userId").asText()), 3);
        assertThat(events).hasSize(1);
    }

    @Test
    void remove_unbindsTheOwner_andAnnouncesIt_andASecondRemoveIs404() throws Exception {
        String c = newId("c");
        String staff = staffOf(c);
        load(staff, c, List.of(unit("r1", "60", false))).then().statusCode(201);
        String owner = verifiedUser();
        bind(staff, c, "r1", owner);

        as(staff).delete("/v1/communities/{c}/units/{u}/owners/{o}", c, "r1", owner).then().statusCode(204);

        as(citizen(owner)).get("/v1/me/units").then().statusCode(200).body("items", hasSize(0));
        var events = QueueReader.await("UnitOwnershipQueue", 2, m -> owner.equals(m.path("userId").asText()));
        assertThat(events).extracting(e -> e.path("type").asText()).contains("unit-owner-removed");
        as(staff).delete("/v1/communities/{c}/units/{u}/owners/{o}", c, "r1", owner).then().statusCode(404)
                .body("code", equalTo("OWNER_NOT_FOUND"));
    }

    @Test
    void bind_refusesUnverifiedAndUnknownUsers_andUnknownUnits() {
        String c = newId("c");
        String staff = staffOf(c);
        load(staff, c, List.of(unit("v1", "60", false))).then().statusCode(201);
        String unverified = VotesFixtures.unverifiedUser();

        as(staff).body(Map.of("userId", unverified)).post("/v1/communities/{c}/units/{u}/owners", c, "v1").then()
                .statusCode(422).body("code", equalTo("REAL_NAME_REQUIRED"));
        as(staff).body(Map.of("userId", newId("ghost"))).post("/v1/communities/{c}/units/{u}/owners", c, "v1").then()
                .statusCode(404).body("code", equalTo("USER_NOT_FOUND"));
        as(staff).body(Map.of("userId", verifiedUser())).post("/v1/communities/{c}/units/{u}/owners", c, "nope").then()
                .statusCode(404).body("code", equalTo("UNIT_NOT_FOUND"));
        as(staff).body(Map.of("user", "x")).post("/v1/communities/{c}/units/{u}/owners", c, "v1").then()
                .statusCode(400).body("code", equalTo("VALIDATION_FAILED"));
        as(staff).get("/v1/communities/{c}/units", c).then().body("items[0].owners", hasSize(0));
    }

    @Test
    void aDeveloperHeldUnit_getsOneRepresentativeOnly() {
        String c = newId("c");
        String staff = staffOf(c);
        load(staff, c, List.of(unit("d1", "60", true))).then().statusCode(201);
        bind(staff, c, "d1", verifiedUser());

        as(staff).body(Map.of("userId", verifiedUser())).post("/v1/communities/{c}/units/{u}/owners", c, "d1").then()
                .statusCode(409).body("code", equalTo("DEVELOPER_REPRESENTATIVE_TAKEN"));
    }

    @Test
    void theRoster_cannotChangeWhileAnElectionIsOpen() {
        String c = newId("c");
        String staff = staffOf(c);
        load(staff, c, List.of(unit("f1", "60", false))).then().statusCode(201);
        String owner = verifiedUser();
        bind(staff, c, "f1", owner);
        create(staff, c, openMotion("ordinary"));

        load(staff, c, List.of(unit("f2", "60", false))).then().statusCode(409).body("code", equalTo("ROSTER_FROZEN"));
        as(staff).body(Map.of("userId", verifiedUser())).post("/v1/communities/{c}/units/{u}/owners", c, "f1").then()
                .statusCode(409).body("code", equalTo("ROSTER_FROZEN"));
        as(staff).delete("/v1/communities/{c}/units/{u}/owners/{o}", c, "f1", owner).then().statusCode(409);
        as(staff).get("/v1/communities/{c}/units", c).then().body("items", hasSize(1)).body("items[0].owners", contains(owner));
    }
}
