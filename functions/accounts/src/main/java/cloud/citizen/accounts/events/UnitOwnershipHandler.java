package cloud.citizen.accounts.events;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.events.SQSBatchResponse;
import com.amazonaws.services.lambda.runtime.events.SQSEvent;

import cloud.citizen.accounts.AccountsComponents;
import cloud.citizen.accounts.service.UnitOwnershipUpdates;
import cloud.citizen.platform.events.SqsBatch;

/**
 * UnitOwnershipQueue consumer (template.yaml: AccountsUnitOwnershipFunction): the votes function's
 * {@code unit-owner-bound} / {@code unit-owner-removed} events become the units in GET /v1/me.
 * Redeliveries and out-of-order messages are harmless (see {@link UnitOwnershipUpdates}); a
 * malformed message fails alone and reaches the DLQ after maxReceiveCount. A plain class, not a
 * {@code RequestHandler}: it ships in the HTTP function's zip (see the platform's OutboxSweepHandler).
 */
public class UnitOwnershipHandler {
    private final UnitOwnershipUpdates updates;

    public UnitOwnershipHandler() {
        this(AccountsComponents.fromEnvironment());
    }

    public UnitOwnershipHandler(AccountsComponents components) {
        this.updates = components.unitOwnershipUpdates();
    }

    public SQSBatchResponse handleRequest(SQSEvent event, Context context) {
        return SqsBatch.process(event, body -> updates.apply(AccountsMessages.readUnitOwnership(body)));
    }
}
