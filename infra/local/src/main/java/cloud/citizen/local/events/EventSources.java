package cloud.citizen.local.events;

import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.logging.Logger;

import cloud.citizen.emulator.EmulatedStack;
import cloud.citizen.emulator.ProvisionedResources;
import cloud.citizen.emulator.template.IntrinsicResolver;
import cloud.citizen.emulator.template.S3EventSource;
import cloud.citizen.emulator.template.SamFunction;
import cloud.citizen.emulator.template.ScheduleEventSource;
import cloud.citizen.emulator.template.SqsEventSource;
import cloud.citizen.local.Json;
import cloud.citizen.local.lambda.LocalLambda;

/** Every event source of the template's functions, started: schedules, SQS pollers, S3 watchers. */
public final class EventSources implements AutoCloseable {

    private static final Logger LOG = Logger.getLogger(EventSources.class.getName());

    private final ScheduledExecutorService timers = Executors.newScheduledThreadPool(2, daemon("event-timers"));
    private final ScheduledExecutorService asyncInvocations = Executors.newScheduledThreadPool(4, daemon("async-invoke"));
    private final List<ScheduleTrigger> schedules = new ArrayList<>();
    private final List<SqsEventSourcePoller> pollers = new ArrayList<>();
    private final List<Thread> pollerThreads = new ArrayList<>();

    private EventSources() {
    }

    public static EventSources start(EmulatedStack stack, LocalLambda lambda, Clock clock, Duration s3PollInterval,
            List<Duration> asyncRetryDelays) {
        EventSources sources = new EventSources();
        AsyncInvoker invoker = new AsyncInvoker(lambda, sources.asyncInvocations, asyncRetryDelays);
        IntrinsicResolver resolver = stack.resolver();
        for (SamFunction function : stack.template().functions()) {
            for (ScheduleEventSource schedule : function.schedules()) {
                if (schedule.enabled()) {
                    sources.schedule(function, schedule, resolver, invoker, clock);
                }
            }
            for (SqsEventSource queue : function.sqsEvents()) {
                if (queue.enabled()) {
                    sources.poll(stack, function, queue, resolver, lambda);
                }
            }
            for (S3EventSource bucket : function.s3Events()) {
                sources.watch(stack, function, bucket, resolver, invoker, s3PollInterval);
            }
        }
        return sources;
    }

    private void schedule(SamFunction function, ScheduleEventSource schedule, IntrinsicResolver resolver,
            AsyncInvoker invoker, Clock clock) {
        // EventBridge rules (Schedule) always run in UTC; only Scheduler (ScheduleV2) has a time zone
        var zone = ScheduleExpression.zone(schedule.type().equals("ScheduleV2") ? schedule.timezone()
                : java.util.Optional.empty());
        ScheduleExpression expression = ScheduleExpression.parse(schedule.expression(), zone, clock.instant());
        var input = schedule.input().map(resolver::resolve)
                .map(value -> value instanceof String text ? text : Json.text(value));
        ScheduleTrigger trigger = new ScheduleTrigger(function.logicalId(), schedule.eventName(), schedule.type(),
                expression, input, invoker, timers, clock);
        trigger.start();
        schedules.add(trigger);
        LOG.fine(() -> "schedule " + function.logicalId() + "." + schedule.eventName() + " " + schedule.expression());
    }

    private void poll(EmulatedStack stack, SamFunction function, SqsEventSource source, IntrinsicResolver resolver,
            LocalLambda lambda) {
        String queueArn = resolver.resolveString(source.queue());
        String queueUrl = stack.resources().all().stream()
                .filter(resource -> queueArn.equals(resource.attributes().get("Arn")))
                .map(ProvisionedResources.Resource::ref).findFirst()
                .orElseThrow(() -> new IllegalStateException(function.logicalId() + "." + source.eventName()
                        + ": no emulated queue has the ARN " + queueArn));
        SqsEventSourcePoller poller = new SqsEventSourcePoller(stack.aws().sqs(), queueUrl, queueArn, source,
                function.logicalId(), lambda);
        Thread thread = new Thread(poller, "sqs-" + function.logicalId() + "-" + source.eventName());
        thread.setDaemon(true);
        thread.start();
        pollers.add(poller);
        pollerThreads.add(thread);
    }

    private void watch(EmulatedStack stack, SamFunction function, S3EventSource source, IntrinsicResolver resolver,
            AsyncInvoker invoker, Duration interval) {
        String bucket = resolver.resolveString(source.bucket());
        S3BucketWatcher watcher = new S3BucketWatcher(stack.aws().s3(), bucket, source, function.logicalId(), invoker);
        watcher.baseline();
        timers.scheduleWithFixedDelay(watcher, interval.toMillis(), interval.toMillis(), TimeUnit.MILLISECONDS);
    }

    /** Nothing started (a benchmark needs no background invocations). */
    public static EventSources none() {
        return new EventSources();
    }

    public int count() {
        return schedules.size() + pollers.size();
    }

    @Override
    public void close() {
        schedules.forEach(ScheduleTrigger::stop);
        pollers.forEach(SqsEventSourcePoller::stop);
        timers.shutdownNow();
        asyncInvocations.shutdownNow();
        for (Thread thread : pollerThreads) {
            try {
                thread.join(2000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    static java.util.concurrent.ThreadFactory daemon(String name) {
        return runnable -> {
            Thread thread = new Thread(runnable, name);
            thread.setDaemon(true);
            return thread;
        };
    }
}
