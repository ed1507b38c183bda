package cloud.citizen.emulator;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.junit.jupiter.api.extension.ExtendWith;

import cloud.citizen.emulator.testing.LocalStackAvailability;

/**
 * The same provisioning against LocalStack: runs with {@code -Daws.emulator=localstack} where
 * Docker exists, is skipped (with the reason) where it does not.
 */
@EnabledIfSystemProperty(named = EmulatorKind.PROPERTY, matches = "(?i)localstack")
@ExtendWith(LocalStackAvailability.class)
class LocalStackProvisioningTest {

    @Test
    void realTemplate_provisionsIntoLocalStack() {
        try (EmulatedStack stack = EmulatedStack.start(EmulatorOptions.inMemory(), Map.of())) {
            assertThat(stack.aws().dynamoDb().describeTable(b -> b.tableName("AccountsTable")).table().tableName())
                    .isEqualTo("AccountsTable");
            assertThat(stack.resources().queueUrl("NotificationsQueue")).endsWith("/NotificationsQueue");
            assertThat(stack.environmentOf("AccountsFunction")).containsEntry("ACCOUNTS_TABLE", "AccountsTable");
        }
    }
}
