package cloud.citizen.accounts.service;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

import cloud.citizen.accounts.domain.Parsed;
import cloud.citizen.accounts.domain.PhoneNumber;
import cloud.citizen.accounts.domain.SmsPurpose;
import cloud.citizen.accounts.domain.crypto.PiiProtector;
import cloud.citizen.accounts.domain.crypto.SmsCodeHasher;
import cloud.citizen.accounts.events.AccountsMessages;
import cloud.citizen.accounts.store.AccountsTable;
import cloud.citizen.accounts.store.DynamoAccountStore;
import cloud.citizen.accounts.store.DynamoSmsCodeStore;
import cloud.citizen.accounts.store.DynamoSmsSourceBudget;
import cloud.citizen.accounts.testing.AccountsFixtures;
import cloud.citizen.emulator.testing.EmulatedAwsResource;
import cloud.citizen.platform.outbox.Outbox;

/**
 * A login code for an unknown phone costs what one for a registered phone costs: the same calls to
 * DynamoDB, in the same order, and the same answer; only the SMS itself is left out.
 */
class SmsCodesEqualWorkTest {
    private final List<String> dynamoCalls = Collections.synchronizedList(new ArrayList<>());
    private final List<String> textedPhones = Collections.synchronizedList(new ArrayList<>());
    private final AccountsTable table = AccountsFixtures.table();
    private final DynamoDbClient realDynamo = EmulatedAwsResource.aws().dynamoDb();
    private final PiiProtector pii = AccountsFixtures.pii();
    private final SmsCodes smsCodes = smsCodes(countingCalls(realDynamo));

    @Test
    void loginCode_forUnknownAndRegisteredPhone_doesTheSameDynamoDbWork_andAnswersTheSame() {
        String registered = AccountsFixtures.newPhone();
        claimPhone(registered);
        String unknown = AccountsFixtures.newPhone();

        long registeredAnswer = smsCodes.send(command(registered), "198.51.100.7");
        List<String> registeredCalls = List.copyOf(dynamoCalls);
        dynamoCalls.clear();
        long unknownAnswer = smsCodes.send(command(unknown), "198.51.100.7");

        assertThat(unknownAnswer).isEqualTo(registeredAnswer);
        assertThat(dynamoCalls).isEqualTo(registeredCalls)
                .containsExactly("updateItem", "transactWriteItems", "getItem", "putItem");
        assertThat(textedPhones).containsExactly(registered);
    }

    private SmsCodes smsCodes(DynamoDbClient dynamo) {
        Outbox outbox = new Outbox(dynamo, EmulatedAwsResource.aws().sqs(), table.name(), Clock.systemUTC());
        String queue = AccountsFixtures.queueUrl("NotificationsQueue");
        AccountStore accounts = new DynamoAccountStore(dynamo, table, outbox, new AccountsMessages(queue, queue, queue),
                Clock.systemUTC());
        String hashKey = AccountsFixtures.environmentOf("AccountsFunction").requiredSecret("PII_HASH_KEY");
        return new SmsCodes(new DynamoSmsCodeStore(dynamo, table), new DynamoSmsSourceBudget(dynamo, table, 1000),
                accounts, (phone, text) -> textedPhones.add(phone), pii, new SmsCodeHasher(hashKey), Clock.systemUTC());
    }

    /** The phone claim a registration writes: what makes a phone registered. */
    private void claimPhone(String phone) {
        realDynamo.putItem(put -> put.tableName(table.name()).item(Map.of(
                "pk", AttributeValue.fromS("PHONE#" + AccountsFixtures.phoneKey(phone)),
                "sk", AttributeValue.fromS("PHONE"), "userId", AttributeValue.fromS(AccountsFixtures.newId("user-")))));
    }

    private static Commands.SendSmsCode command(String phone) {
        return new Commands.SendSmsCode(((Parsed.Valid<PhoneNumber>) PhoneNumber.parse(phone)).value(), SmsPurpose.LOGIN);
    }

    /** The client, recording the name of every call made through it. */
    private DynamoDbClient countingCalls(DynamoDbClient real) {
        return (DynamoDbClient) Proxy.newProxyInstance(DynamoDbClient.class.getClassLoader(),
                new Class<?>[] { DynamoDbClient.class }, (proxy, method, args) -> {
                    dynamoCalls.add(method.getName());
                    try {
                        return method.invoke(real, args);
                    } catch (InvocationTargetException e) {
                        throw e.getCause();
                    }
                });
    }
}
