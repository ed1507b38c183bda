package cloud.citizen.appointments.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import software.amazon.awssdk.services.dynamodb.DynamoDbClient;

import cloud.citizen.appointments.domain.Provider;
import cloud.citizen.appointments.domain.ProviderType;
import cloud.citizen.emulator.testing.CountedQueries;
import cloud.citizen.emulator.testing.EmulatedAwsResource;
import cloud.citizen.emulator.testing.EmulatedAwsTest;
import cloud.citizen.emulator.testing.MovableClock;
import cloud.citizen.platform.paging.CursorCodec;
import cloud.citizen.platform.paging.PageRequest;
import io.quarkus.test.junit.QuarkusTest;

/** Provider lists' first pages, kept by an instance for a minute: one Query, its own registrations at once. */
@QuarkusTest
@EmulatedAwsTest
class ProviderListsTest {
    private final CountedQueries queries = new CountedQueries();
    private final MovableClock clock = new MovableClock(Instant.now());
    private final DynamoDbClient dynamo = queries.client();
    private final String table = EmulatedAwsResource.resources().tableName("AppointmentsTable");
    private final String district = "d-" + UUID.randomUUID();
    private final DynamoProviderDirectory instance = directory();
    private final DynamoProviderDirectory otherInstance = directory();

    @Test
    void firstPage_isQueriedOnce_whileFresh() {
        var first = instance.list(Optional.of(ProviderType.VACCINE), Optional.of(district), PageRequest.of(null, null));
        clock.move(DynamoProviderDirectory.LISTS_FRESH_FOR.minusMillis(1));

        assertThat(instance.list(Optional.of(ProviderType.VACCINE), Optional.of(district), PageRequest.of(null, null)))
                .isEqualTo(first);
        assertThat(queries.count()).isEqualTo(1);
    }

    @Test
    void anInstancesOwnRegistration_isListedAtOnce_anotherInstancesOnceThePageIsNoLongerFresh() {
        instance.list(Optional.of(ProviderType.VACCINE), Optional.of(district), PageRequest.of(null, null));
        Provider own = site();
        Provider elsewhere = site();

        instance.add(own);
        assertThat(ids()).contains(own.providerId());
        otherInstance.add(elsewhere);

        assertThat(ids()).doesNotContain(elsewhere.providerId());
        clock.move(DynamoProviderDirectory.LISTS_FRESH_FOR);
        assertThat(ids()).contains(own.providerId(), elsewhere.providerId());
    }

    private java.util.List<String> ids() {
        return instance.list(Optional.of(ProviderType.VACCINE), Optional.of(district), PageRequest.of(null, null))
                .items().stream().map(Provider::providerId).toList();
    }

    private DynamoProviderDirectory directory() {
        return new DynamoProviderDirectory(dynamo, table, new CursorCodec("test-key"), clock);
    }

    private Provider site() {
        String id = "vac-" + UUID.randomUUID();
        return new Provider(id, "测试接种点 " + id, ProviderType.VACCINE, district, "c-lists", "测试路3号", null, "influenza");
    }
}
