package cloud.citizen.local.events;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.logging.Logger;

import com.fasterxml.jackson.databind.node.ObjectNode;

import cloud.citizen.emulator.template.IntrinsicResolver;
import cloud.citizen.local.Json;

/**
 * One Schedule / ScheduleV2 event of a function: fires at each time its expression gives and
 * invokes the function asynchronously with the template's {@code Input}, or else with what
 * EventBridge sends (a "Scheduled Event" for rules; {@code {}} for EventBridge Scheduler).
 */
public final class ScheduleTrigger {

    private static final Logger LOG = Logger.getLogger(ScheduleTrigger.class.getName());

    private final String function;
    private final String eventName;
    private final String type;
    private final ScheduleExpression expression;
    private final Optional<String> input;
    private final AsyncInvoker invoker;
    private final ScheduledExecutorService timer;
    private final Clock clock;
    private volatile boolean stopped;

    public ScheduleTrigger(String function, String eventName, String type, ScheduleExpression expression,
            Optional<String> input, AsyncInvoker invoker, ScheduledExecutorService timer, Clock clock) {
        this.function = function;
        this.eventName = eventName;
        this.type = type;
        this.expression = expression;
        this.input = input;
        this.invoker = invoker;
        this.timer = timer;
        this.clock = clock;
    }

    public void start() {
        scheduleAfter(clock.instant());
    }

    public void stop() {
        stopped = true;
    }

    private void scheduleAfter(Instant after) {
        Optional<Instant> next = expression.nextAfter(after);
        if (stopped || next.isEmpty()) {
            return;
        }
        long delay = Math.max(0, Duration.between(clock.instant(), next.get()).toMillis());
        timer.schedule(() -> fire(next.get()), delay, TimeUnit.MILLISECONDS);
    }

    private void fire(Instant scheduledFor) {
        if (stopped) {
            return;
        }
        LOG.info(() -> "schedule " + function + "." + eventName + " fired (" + scheduledFor + ")");
        invoker.invoke(function, event(scheduledFor), "schedule " + function + "." + eventName);
        scheduleAfter(scheduledFor);
    }

    byte[] event(Instant scheduledFor) {
        if (input.isPresent()) {
            return input.get().getBytes(java.nio.charset.StandardCharsets.UTF_8);
        }
        if (type.equals("ScheduleV2")) {
            return "{}".getBytes(java.nio.charset.StandardCharsets.UTF_8);
        }
        ObjectNode event = Json.object();
        event.put("version", "0");
        event.put("id", UUID.randomUUID().toString());
        event.put("detail-type", "Scheduled Event");
        event.put("source", "aws.events");
        event.put("account", IntrinsicResolver.ACCOUNT_ID);
        event.put("time", DateTimeFormatter.ISO_INSTANT.format(scheduledFor.truncatedTo(ChronoUnit.SECONDS)));
        event.put("region", IntrinsicResolver.REGION);
        event.putArray("resources").add("arn:aws:events:" + IntrinsicResolver.REGION + ":" + IntrinsicResolver.ACCOUNT_ID
                + ":rule/" + IntrinsicResolver.STACK_NAME + "-" + function + eventName);
        event.putObject("detail");
        return Json.bytes(event);
    }
}
