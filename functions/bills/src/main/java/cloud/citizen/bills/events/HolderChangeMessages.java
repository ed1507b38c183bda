package cloud.citizen.bills.events;

import java.nio.charset.StandardCharsets;
import java.util.UUID;

import cloud.citizen.bills.domain.ProviderAccount;
import cloud.citizen.bills.service.HolderChangeAnnouncements;
import cloud.citizen.platform.outbox.OutboxEvent;

/**
 * The {@code user-message} (notifications, docs/events.md) telling a citizen that the account they
 * bound has a new holder and their binding ended: the provider and the account number masked as
 * receipts show it, never a holder's name (neither the former nor the new one is the reader's to
 * see), and how to get the account back if the reader is the new holder.
 */
public final class HolderChangeMessages implements HolderChangeAnnouncements {
    private final String notificationsQueueUrl;

    public HolderChangeMessages(String notificationsQueueUrl) {
        this.notificationsQueueUrl = notificationsQueueUrl;
    }

    @Override
    public OutboxEvent bindingEnded(ProviderAccount account, String userId, String changeId) {
        String text = "您绑定的缴费账户（" + account.provider() + "，户号 " + account.maskedAccountNumber()
                + "）户主已变更，该绑定已解除。如果您是新户主，请重新绑定该账户。";
        return BillsMessages.userMessage(eventIdOf(changeId, userId), userId, text, notificationsQueueUrl);
    }

    /** The same for every attempt at one change and citizen (a name-based UUID), unlike a payment's random ids. */
    static String eventIdOf(String changeId, String userId) {
        return UUID.nameUUIDFromBytes(("binding-ended|" + changeId + "|" + userId).getBytes(StandardCharsets.UTF_8))
                .toString();
    }
}
