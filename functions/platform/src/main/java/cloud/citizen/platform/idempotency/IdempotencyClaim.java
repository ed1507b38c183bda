package cloud.citizen.platform.idempotency;

/** What happened when a request tried to claim its idempotency key. */
public sealed interface IdempotencyClaim {
    /** First request with this key: go ahead, then complete or release the claim. */
    record Claimed() implements IdempotencyClaim {
    }

    /** The same request already finished: answer with its response again. */
    record Replay(StoredResponse response) implements IdempotencyClaim {
    }

    /** The key was used for a different request. */
    record Mismatch() implements IdempotencyClaim {
    }

    /** The first request with this key is still running. */
    record InProgress() implements IdempotencyClaim {
    }
}
