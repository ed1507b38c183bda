package cloud.citizen.local.lambda;

/** What one instance's Runtime API endpoint reports to the instance behind it. */
interface RuntimeApiListener {

    /** Blocks until there is an event for this instance; {@code null} when the instance is stopping. */
    Invocation nextInvocation() throws InterruptedException;

    /** @return false for an unknown or already finished request id */
    boolean invocationResponse(String requestId, byte[] payload);

    boolean invocationError(String requestId, String errorType, byte[] body);

    void initError(String errorType, byte[] body);
}
