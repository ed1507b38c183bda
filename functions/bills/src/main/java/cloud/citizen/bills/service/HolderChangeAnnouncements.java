package cloud.citizen.bills.service;

import cloud.citizen.bills.domain.ProviderAccount;
import cloud.citizen.platform.outbox.OutboxEvent;

/**
 * Port: the message telling a citizen that their binding of an account ended because a provider's
 * file named a new holder, committed in the same transaction as the binding's delete (outbox).
 */
public interface HolderChangeAnnouncements {

    /**
     * @param changeId the holder change, kept on the account until every former binding is gone: with
     *                 the user it fixes the event's id, so a change resumed by a later import announces
     *                 nothing twice (consumers drop a repeated eventId)
     */
    OutboxEvent bindingEnded(ProviderAccount account, String userId, String changeId);
}
