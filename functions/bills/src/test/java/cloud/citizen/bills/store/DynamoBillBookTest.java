package cloud.citizen.bills.store;

import static cloud.citizen.bills.testing.BillsFixtures.bind;
import static cloud.citizen.bills.testing.BillsFixtures.importCsv;
import static cloud.citizen.bills.testing.BillsFixtures.newAccount;
import static cloud.citizen.bills.testing.BillsFixtures.newProvider;
import static cloud.citizen.bills.testing.BillsFixtures.newUser;
import static cloud.citizen.bills.testing.BillsFixtures.tokens;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;

import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.QueryRequest;
import software.amazon.awssdk.services.dynamodb.model.QueryResponse;

import cloud.citizen.bills.domain.Bill;
import cloud.citizen.bills.testing.BillsFixtures;
import cloud.citizen.emulator.testing.EmulatedAwsTest;
import cloud.citizen.platform.paging.CursorCodec;
import cloud.citizen.platform.paging.Page;
import cloud.citizen.platform.paging.PageRequest;
import io.quarkus.test.junit.QuarkusTest;

/**
 * Listing a household's bills queries its accounts concurrently (a list used to cost one round
 * trip per account, one after another), and paging still returns every bill once, in account order.
 */
@QuarkusTest
@EmulatedAwsTest
class DynamoBillBookTest {

    @Test
    void billsOf_queriesTheAccountsConcurrently_andPagesReturnEveryBillOnceInOrder() {
        String userId = newUser();
        String token = tokens().citizen(userId);
        String provider = newProvider();
        StringBuilder csv = new StringBuilder();
        List<String> accounts = List.of(newAccount(), newAccount(), newAccount(), newAccount(), newAccount());
        for (String account : accounts) {
            for (int month = 1; month <= 3; month++) {
                csv.append(provider).append(',').append(account).append(",gas,2026-0").append(month)
                        .append(",100,2026-12-01\n");
            }
        }
        importCsv(csv.toString());
        accounts.forEach(account -> bind(token, provider, account).then().statusCode(201));
        InFlightQueries dynamo = new InFlightQueries(BillsFixtures.dynamo());
        DynamoBillBook book = new DynamoBillBook(dynamo, BillsFixtures.table(), new CursorCodec(BillsFixtures
                .componentsOf("BillsFunction").settings().cursorKey().orElseThrow()));

        List<Bill> all = book.billsOf(userId, Optional.empty(), PageRequest.of("50", null)).items();

        assertThat(dynamo.mostAtOnce.get()).isGreaterThan(1);
        assertThat(all).hasSize(15);
        List<Bill> paged = new ArrayList<>();
        String cursor = null;
        do {
            Page<Bill> page = book.billsOf(userId, Optional.empty(), PageRequest.of("4", cursor));
            assertThat(page.items()).hasSizeLessThanOrEqualTo(4);
            paged.addAll(page.items());
            cursor = page.nextCursor();
        } while (cursor != null && paged.size() < 100);
        assertThat(paged).containsExactlyElementsOf(all);
    }

    /** The real client, counting the bill queries that run at the same time (each waits briefly for a second). */
    private static final class InFlightQueries implements DynamoDbClient {
        private final DynamoDbClient real;
        private final AtomicInteger inFlight = new AtomicInteger();
        private final AtomicInteger mostAtOnce = new AtomicInteger();
        private final CountDownLatch two = new CountDownLatch(2);

        InFlightQueries(DynamoDbClient real) {
            this.real = real;
        }

        @Override
        public QueryResponse query(QueryRequest request) {
            if (!BillsTable.BY_ACCOUNT.equals(request.indexName())) {
                return real.query(request);
            }
            mostAtOnce.accumulateAndGet(inFlight.incrementAndGet(), Math::max);
            try {
                two.countDown();
                two.await(2, TimeUnit.SECONDS); // one query after another never gets past this together
                return real.query(request);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            } finally {
                inFlight.decrementAndGet();
            }
        }

        @Override
        public String serviceName() {
            return real.serviceName();
        }

        @Override
        public void close() {
        }
    }
}
