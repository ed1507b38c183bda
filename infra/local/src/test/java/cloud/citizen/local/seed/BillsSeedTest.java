package cloud.citizen.local.seed;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.Optional;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import software.amazon.awssdk.services.dynamodb.DynamoDbClient;

import cloud.citizen.bills.store.DynamoBillBook;
import cloud.citizen.emulator.EmulatedStack;
import cloud.citizen.emulator.EmulatorOptions;
import cloud.citizen.emulator.testing.LocalStackAvailability;
import cloud.citizen.platform.paging.CursorCodec;
import cloud.citizen.platform.paging.PageRequest;

/** The bills demo data against emulators provisioned from template.yaml: bound through the holder's name, idempotent. */
@ExtendWith(LocalStackAvailability.class)
class BillsSeedTest {
    private static EmulatedStack stack;

    @BeforeAll
    static void startEmulators() {
        stack = EmulatedStack.start(EmulatorOptions.inMemory(), Map.of());
    }

    @AfterAll
    static void stopEmulators() {
        stack.close();
    }

    @Test
    void seed_importsTheDemoBills_bindsThemToTheCitizen_andIsSafeToRepeat() {
        DynamoDbClient dynamo = stack.aws().dynamoDb();
        Map<String, String> environment = stack.environmentOf("BillsFunction");

        BillsSeed.Summary first = BillsSeed.seed(dynamo, stack.aws()::sqs, environment, "u-demo-citizen");
        BillsSeed.Summary again = BillsSeed.seed(dynamo, stack.aws()::sqs, environment, "u-demo-citizen");

        assertThat(first.billsCreated() + first.billsUnchanged()).isEqualTo(7);
        assertThat(first.accountsBound()).hasSize(6);
        assertThat(again.billsCreated()).isZero();
        assertThat(again.accountsBound()).hasSize(6);
        // what GET /v1/bills lists for the citizen (the same adapter behind the route)
        DynamoBillBook book = new DynamoBillBook(dynamo, environment.get("BILLS_TABLE"),
                new CursorCodec("test-cursor-key"));
        assertThat(book.billsOf("u-demo-citizen", Optional.empty(), PageRequest.of(null, null)).items()).hasSize(7);
        // a second member of the household binds the same accounts and sees the same bills
        assertThat(BillsSeed.seed(dynamo, stack.aws()::sqs, environment, "u-someone-else").accountsBound()).hasSize(6);
        assertThat(book.billsOf("u-someone-else", Optional.empty(), PageRequest.of(null, null)).items()).hasSize(7);
    }
}
