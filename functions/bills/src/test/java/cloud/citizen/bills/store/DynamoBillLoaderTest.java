package cloud.citizen.bills.store;

import static cloud.citizen.bills.testing.BillsFixtures.newAccount;
import static cloud.citizen.bills.testing.BillsFixtures.newProvider;
import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.IntStream;

import org.assertj.core.api.Assertions;
import org.junit.jupiter.api.Test;

import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.core.exception.SdkClientException;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

import cloud.citizen.bills.domain.AccountHolder;
import cloud.citizen.bills.domain.BillKind;
import cloud.citizen.bills.domain.HolderName;
import cloud.citizen.bills.domain.ImportedBill;
import cloud.citizen.bills.domain.ProviderAccount;
import cloud.citizen.bills.events.HolderChangeMessages;
import cloud.citizen.bills.service.BillLoader.Outcome;
import cloud.citizen.bills.testing.BillsFixtures;
import cloud.citizen.emulator.testing.Concurrently;
import cloud.citizen.emulator.testing.CountedQueries;
import cloud.citizen.emulator.testing.EmulatedAwsResource;
import cloud.citizen.emulator.testing.EmulatedAwsTest;
import cloud.citizen.platform.outbox.Outbox;
import io.quarkus.test.junit.QuarkusTest;

/**
 * The loader writes without reading first, so its conditions alone keep imports from changing a
 * bill: concurrent loads of overlapping chunks on real threads, re-imports, and accounts that
 * exist with more data than an import brings; a new holder ends the former household's bindings,
 * never backwards and at no cost for accounts whose holder stayed, and tells each of them once
 * (a user-message on the emulated NotificationsQueue).
 */
@QuarkusTest
@EmulatedAwsTest
class DynamoBillLoaderTest {
    private final DynamoDbClient dynamo = BillsFixtures.dynamo();
    private final DynamoBillLoader loader = loaderOn(dynamo);
    /** Binds as the HTTP function does; the cursor codec is never used by a bind. */
    private final DynamoBillBook book = new DynamoBillBook(dynamo, BillsFixtures.table(), null);

    @Test
    void concurrentLoadsOfTheSameBills_createEachOnce_andTheDifferingOnesAreConflicts() throws Exception {
        String provider = newProvider();
        List<ProviderAccount> accounts = IntStream.range(0, 120).mapToObj(i -> new ProviderAccount(provider,
                newAccount())).toList();

        // 40 loads of the same 120 bills (three transactions each); every fourth load has other amounts
        List<List<Outcome>> results = Concurrently.run(40, 8, n -> loader.load(accounts.stream()
                .map(account -> bill(account, n % 4 == 3 ? 9_999 : 4_630)).toList()));

        for (int i = 0; i < accounts.size(); i++) {
            int row = i;
            List<Outcome> forBill = results.stream().map(outcomes -> outcomes.get(row)).toList();
            assertThat(forBill).as("bill %d", i).containsOnlyOnce(Outcome.CREATED);
            long storedAmount = Long.parseLong(dynamo.getItem(get -> get.tableName(BillsFixtures.table())
                    .key(BillsTable.billKey(bill(accounts.get(row), 0).billId())).consistentRead(true)).item()
                    .get("amountFen").n());
            int created = forBill.indexOf(Outcome.CREATED);
            assertThat(storedAmount).isEqualTo(created % 4 == 3 ? 9_999 : 4_630);
            for (int n = 0; n < forBill.size(); n++) {
                long amount = n % 4 == 3 ? 9_999 : 4_630;
                if (n != created) {
                    assertThat(forBill.get(n)).isEqualTo(amount == storedAmount ? Outcome.UNCHANGED : Outcome.CONFLICT);
                }
            }
        }
        assertThat(accounts).allSatisfy(account -> assertThat(accountItem(account)).containsKeys("provider",
                "accountNumber"));
    }

    @Test
    void chunkOfNewAndExistingBills_createsTheNew_comparesTheExisting_andChangesNothingTwice() {
        String provider = newProvider();
        List<ImportedBill> first = new ArrayList<>();
        for (int i = 0; i < 30; i++) {
            first.add(bill(new ProviderAccount(provider, newAccount()), 1_000 + i));
        }
        loader.load(first);
        List<ImportedBill> mixed = new ArrayList<>(first.subList(0, 20));
        mixed.set(5, bill(first.get(5).account(), 7));
        for (int i = 0; i < 70; i++) {
            mixed.add(bill(new ProviderAccount(provider, newAccount()), 2_000 + i));
        }

        List<Outcome> outcomes = loader.load(mixed);
        Map<String, AttributeValue> before = billItem(mixed.get(30));
        List<Outcome> again = loader.load(mixed);

        assertThat(outcomes.subList(0, 20)).containsOnly(Outcome.UNCHANGED, Outcome.CONFLICT)
                .containsOnlyOnce(Outcome.CONFLICT);
        assertThat(outcomes.get(5)).isEqualTo(Outcome.CONFLICT);
        assertThat(outcomes.subList(20, 90)).containsOnly(Outcome.CREATED);
        assertThat(billItem(first.get(5)).get("amountFen").n()).isEqualTo("1005");
        assertThat(again.subList(20, 90)).containsOnly(Outcome.UNCHANGED);
        assertThat(billItem(mixed.get(30))).isEqualTo(before);
    }

    @Test
    void existingAccount_whoseHolderChanged_isRewrittenWithTheNewHolder() {
        ProviderAccount account = new ProviderAccount(newProvider(), newAccount());
        dynamo.putItem(put -> put.tableName(BillsFixtures.table()).item(Items.account(bill(account, "张旧户", 4_630))));

        ImportedBill newer = bill(account, "李新户", 4_631);
        assertThat(loader.load(List.of(newer))).containsExactly(Outcome.CREATED);

        assertThat(accountItem(account).get("holderFingerprint").s())
                .isEqualTo(HolderName.parse("李新户").orElseThrow().fingerprint(account));
    }

    @Test
    void aHolderChange_endsTheBindingsProvenUnderAnotherHolder_andKeepsTheNewHoldersOnes() {
        ProviderAccount account = new ProviderAccount(newProvider(), newAccount());
        loader.load(List.of(bill(account, "张旧户", YearMonth.of(2026, 10))));
        String formerResident = bindAs(account, "张旧户");
        String beforeTheProof = bindAs(account, "张旧户");
        dynamo.updateItem(update -> update.tableName(BillsFixtures.table()) // as bindings were written until now
                .key(BillsTable.bindingKey(account.key(), beforeTheProof)).updateExpression("REMOVE holderFingerprint"));
        ImportedBill november = bill(account, "李新户", YearMonth.of(2026, 11));

        loader.load(List.of(november));
        List<String> boundAfterTheChange = boundUsers(account);
        String newResident = bindAs(account, "李新户");
        loader.load(List.of(november));

        assertThat(boundAfterTheChange).isEmpty();
        assertThat(boundUsers(account)).containsExactly(newResident);
        assertThat(accountItem(account)).doesNotContainKey(AccountHolderChanges.BINDINGS_TO_END);
        assertThat(accountItem(account).get("holderSince").s()).isEqualTo("2026-11");
        assertThat(holderChangeMessages(account)).containsOnlyKeys(formerResident, beforeTheProof)
                .allSatisfy((userId, eventIds) -> assertThat(eventIds).hasSize(1));
    }

    /**
     * The import dies right after the transaction that ends the first binding committed (before its
     * message is sent); the retry ends the other one. Each citizen gets one message: the retry does
     * not end (or announce) a binding twice, and the outbox sweeper sends the one left behind.
     */
    @Test
    void anImportThatDiedAfterEndingOneBinding_isFinishedByItsRetry_andEachCitizenIsToldOnce() {
        ProviderAccount account = new ProviderAccount(newProvider(), newAccount());
        loader.load(List.of(bill(account, "张旧户", YearMonth.of(2026, 10))));
        List<String> formerHousehold = List.of(bindAs(account, "张旧户"), bindAs(account, "张旧户"));
        List<ImportedBill> november = List.of(bill(account, "李新户", YearMonth.of(2026, 11)));

        Assertions.assertThatThrownBy(() -> loaderOn(diesAfterFirstTransaction(dynamo)).load(november))
                .isInstanceOf(SdkClientException.class);
        assertThat(boundUsers(account)).hasSize(1);
        String changeId = accountItem(account).get(AccountHolderChanges.BINDINGS_TO_END).s();
        loader.load(november); // Lambda's retry of the same file
        new Outbox(dynamo, EmulatedAwsResource.aws().sqs(), BillsFixtures.table(), Clock.systemUTC())
                .sweep(Duration.ZERO);

        assertThat(boundUsers(account)).isEmpty();
        assertThat(accountItem(account)).doesNotContainKey(AccountHolderChanges.BINDINGS_TO_END);
        HolderChangeMessages change = new HolderChangeMessages(BillsFixtures.queue("NotificationsQueue"));
        Map<String, List<String>> told = holderChangeMessages(account);
        assertThat(told).containsOnlyKeys(formerHousehold); // one message each, with the id of that one change
        assertThat(formerHousehold).allSatisfy(userId -> assertThat(told.get(userId))
                .containsExactly(change.bindingEnded(account, userId, changeId).eventId()));
    }

    @Test
    void anOlderFile_afterANewerOne_leavesTheNewerHolder_andEveryBinding() {
        ProviderAccount account = new ProviderAccount(newProvider(), newAccount());
        loader.load(List.of(bill(account, "李新户", YearMonth.of(2026, 12))));
        String resident = bindAs(account, "李新户");

        List<Outcome> outcomes = loader.load(List.of(bill(account, "张旧户", YearMonth.of(2026, 11))));

        assertThat(outcomes).containsExactly(Outcome.CREATED); // the older month's bill is still imported
        assertThat(boundUsers(account)).containsExactly(resident);
        assertThat(Items.accountHolder(accountItem(account))).isEqualTo(
                AccountHolder.namedBy(bill(account, "李新户", YearMonth.of(2026, 12))));
    }

    @Test
    void anImportThatStoppedBeforeEndingTheBindings_isFinishedByTheNextImportOfTheAccount() {
        ProviderAccount account = new ProviderAccount(newProvider(), newAccount());
        loader.load(List.of(bill(account, "张旧户", YearMonth.of(2026, 10))));
        String formerResident = bindAs(account, "张旧户");
        ImportedBill november = bill(account, "李新户", YearMonth.of(2026, 11));
        Map<String, AttributeValue> changedButNotFinished = new HashMap<>(Items.account(november));
        changedButNotFinished.put(AccountHolderChanges.BINDINGS_TO_END, AttributeValue.fromS("stopped-import"));
        dynamo.putItem(put -> put.tableName(BillsFixtures.table()).item(changedButNotFinished));

        loader.load(List.of(november)); // the S3 retry of the same file: the holder is already the new one

        assertThat(boundUsers(account)).doesNotContain(formerResident).isEmpty();
        assertThat(accountItem(account)).doesNotContainKey(AccountHolderChanges.BINDINGS_TO_END);
        assertThat(holderChangeMessages(account)).containsOnlyKeys(formerResident)
                .allSatisfy((userId, eventIds) -> assertThat(eventIds).hasSize(1));
    }

    @Test
    void theUsualMonthlyImport_callsDynamoDbAsOften_asBeforeHoldersWereCompared() {
        String provider = newProvider();
        List<ProviderAccount> accounts = IntStream.range(0, 100).mapToObj(i -> new ProviderAccount(provider,
                newAccount())).toList();
        loader.load(accounts.stream().map(account -> bill(account, "张演示", YearMonth.of(2026, 10))).toList());
        CountedQueries counted = new CountedQueries();

        loaderOn(counted.client()).load(accounts.stream()
                .map(account -> bill(account, "张演示", YearMonth.of(2026, 11))).toList());

        // 200 keys read in two batches, 100 new bills put in one transaction: no call per account
        assertThat(counted.callsByOperation()).isEqualTo(Map.of("BatchGetItem", 2, "TransactWriteItems", 1));
    }

    /** As the import function builds it: the outbox in the bills table, messages to NotificationsQueue. */
    private static DynamoBillLoader loaderOn(DynamoDbClient client) {
        return new DynamoBillLoader(client, BillsFixtures.table(), new Outbox(client, EmulatedAwsResource.aws()::sqs,
                BillsFixtures.table(), Clock.systemUTC()),
                new HolderChangeMessages(BillsFixtures.queue("NotificationsQueue")));
    }

    /** The client, except that its first TransactWriteItems commits and then fails, as a dying import would. */
    private static DynamoDbClient diesAfterFirstTransaction(DynamoDbClient client) {
        AtomicInteger transactions = new AtomicInteger();
        return (DynamoDbClient) Proxy.newProxyInstance(DynamoDbClient.class.getClassLoader(),
                new Class<?>[] {DynamoDbClient.class}, (proxy, method, arguments) -> {
                    Object result;
                    try {
                        result = method.invoke(client, arguments);
                    } catch (InvocationTargetException e) {
                        throw e.getCause();
                    }
                    if (method.getName().equals("transactWriteItems") && transactions.incrementAndGet() == 1) {
                        throw SdkClientException.create("the import died after its first transaction");
                    }
                    return result;
                });
    }

    /** The eventIds of the holder-change messages about the account, by citizen (each test's provider is its own). */
    private static Map<String, List<String>> holderChangeMessages(ProviderAccount account) {
        return BillsFixtures.takeUserMessages(account.provider() + "，户号 " + account.maskedAccountNumber());
    }

    private String bindAs(ProviderAccount account, String holderName) {
        String userId = BillsFixtures.newUser();
        book.bind(account, HolderName.parse(holderName).orElseThrow(), userId, Instant.now());
        return userId;
    }

    private static List<String> boundUsers(ProviderAccount account) {
        return BillsFixtures.bindingsOf(account).stream().map(item -> item.get("userId").s()).toList();
    }

    private static ImportedBill bill(ProviderAccount account, String holder, YearMonth period) {
        return new ImportedBill(account, HolderName.parse(holder).orElseThrow(), BillKind.WATER, period, 4_630,
                period.plusMonths(1).atDay(25));
    }

    private static ImportedBill bill(ProviderAccount account, long amountFen) {
        return bill(account, "张演示", amountFen);
    }

    private static ImportedBill bill(ProviderAccount account, String holder, long amountFen) {
        return new ImportedBill(account, HolderName.parse(holder).orElseThrow(), BillKind.WATER, YearMonth.of(2026, 10),
                amountFen, LocalDate.of(2026, 11, 25));
    }

    private Map<String, AttributeValue> accountItem(ProviderAccount account) {
        return dynamo.getItem(get -> get.tableName(BillsFixtures.table()).key(BillsTable.accountKey(account.key()))
                .consistentRead(true)).item();
    }

    private Map<String, AttributeValue> billItem(ImportedBill bill) {
        return dynamo.getItem(get -> get.tableName(BillsFixtures.table()).key(BillsTable.billKey(bill.billId()))
                .consistentRead(true)).item();
    }
}
