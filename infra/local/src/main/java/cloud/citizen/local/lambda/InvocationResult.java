package cloud.citizen.local.lambda;

/** How one invocation ended, as the caller (gateway, queue poller, scheduler) needs to know it. */
public sealed interface InvocationResult {

    /** The handler returned: {@code payload} is what the runtime posted to .../response. */
    record Success(byte[] payload) implements InvocationResult {
    }

    /** The handler threw: the runtime posted to .../error ({@code errorType} from its header or body). */
    record FunctionError(String errorType, byte[] body) implements InvocationResult {
    }

    /** The platform gave up on the invocation: the instance is gone (or never came up). */
    record PlatformFailure(Reason reason, String message) implements InvocationResult {
    }

    enum Reason {
        /** init/error, or the process died or hung before it asked for work */
        INIT_FAILED,
        /** the handler ran longer than the function's Timeout; the instance was killed */
        TIMED_OUT,
        /** the process exited in the middle of the invocation */
        CRASHED,
        /** every instance stayed busy for longer than the caller would wait */
        THROTTLED
    }

    default boolean succeeded() {
        return this instanceof Success;
    }
}
