package cloud.citizen.topics.bench;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.function.IntConsumer;

import org.HdrHistogram.ConcurrentHistogram;
import org.HdrHistogram.Histogram;

import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

import cloud.citizen.emulator.EmulatedStack;
import cloud.citizen.emulator.EmulatorOptions;
import cloud.citizen.platform.auth.Caller;
import cloud.citizen.platform.auth.Role;
import cloud.citizen.platform.aws.AwsClients;
import cloud.citizen.platform.config.Environment;
import cloud.citizen.platform.paging.Page;
import cloud.citizen.platform.paging.PageRequest;
import cloud.citizen.topics.TopicsComponents;
import cloud.citizen.topics.TopicsSettings;
import cloud.citizen.topics.domain.PostOrder;
import cloud.citizen.topics.service.PostView;

/**
 * The topics numbers as a measurement, not a test: starts the emulated services from template.yaml
 * and drives the same use cases and DynamoDB adapters the function uses (the HTTP layer is left
 * out: it adds a constant per request).
 * <pre>
 * ./mvnw -pl functions/topics test-compile exec:java [-Dbench.posts=10000 -Dbench.likers=2000 -Dbench.reads=500 -Dbench.threads=32]
 * </pre>
 * 1. posts/s: {@code bench.posts} posts by distinct citizens (ten each, the hourly allowance) into one topic;
 * 2. likes/s: {@code bench.likers} distinct citizens liking one post at once, then the exact-count check;
 * 3. p50/p99 of {@code GET posts?sort=hot} (first pages and pages deep in the list) on that topic.
 */
public final class TopicsBenchmark {
    private TopicsBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int posts = Integer.getInteger("bench.posts", 10_000);
        int likers = Integer.getInteger("bench.likers", 2_000);
        int reads = Integer.getInteger("bench.reads", 500);
        int threads = Integer.getInteger("bench.threads", 32);
        boolean exact;
        try (EmulatedStack stack = EmulatedStack.start(EmulatorOptions.inMemory(), Map.of())) {
            Environment env = Environment.of(stack.environmentOf("TopicsFunction"));
            TopicsComponents topics = new TopicsComponents(TopicsSettings.from(env), AwsClients.from(env),
                    Clock.systemUTC());
            System.out.printf("topics benchmark: %d posts, %d likers, %d reads, %d threads, %d cores%n", posts, likers,
                    reads, threads, Runtime.getRuntime().availableProcessors());
            Caller staff = new Caller("u-bench-staff", Set.of(Role.CITIZEN, Role.STAFF), Set.of(), true);
            String topicId = topics.manageTopics().create(staff, "benchmark", "", Optional.empty()).topicId();

            measure("posts", posts, threads, i -> topics.publishPost().publish(citizen("author-" + i / 10), topicId,
                    "第 " + i + " 条建议：多种树，少停车。", List.of()));
            String hotPost = topics.readPosts().list(citizen("reader"), topicId, PostOrder.NEW, PageRequest.of("1", null))
                    .items().get(0).post().postId();
            measure("likes", likers, threads, i -> topics.likePost().like(citizen("liker-" + i), hotPost));
            long counted = Long.parseLong(stack.aws().dynamoDb().getItem(get -> get
                    .tableName(stack.resources().tableName("TopicsTable"))
                    .key(Map.of("pk", AttributeValue.fromS("POST#" + hotPost), "sk", AttributeValue.fromS("POST"))))
                    .item().get("likeCount").n());
            exact = counted == likers;
            System.out.printf("likeCount after %d concurrent likes: %d (%s)%n", likers, counted,
                    exact ? "exact" : "WRONG");
            String deep = deepCursor(topics, topicId);
            measure("GET posts?sort=hot", reads, 8, i -> topics.readPosts().list(citizen("reader-" + i), topicId,
                    PostOrder.HOT, PageRequest.of("20", i % 2 == 0 ? null : deep)));
        }
        System.exit(exact ? 0 : 1);
    }

    /** A cursor some pages into the hot list, so reads are not all of the first page. */
    private static String deepCursor(TopicsComponents topics, String topicId) {
        String cursor = null;
        for (int page = 0; page < 5; page++) {
            Page<PostView> found = topics.readPosts().list(citizen("reader"), topicId, PostOrder.HOT,
                    PageRequest.of("100", cursor));
            cursor = found.nextCursor();
        }
        return cursor;
    }

    private static Caller citizen(String userId) {
        return new Caller("u-bench-" + userId, Set.of(Role.CITIZEN), Set.of(), true, Optional.of("市民 " + userId));
    }

    private static void measure(String name, int count, int threads, IntConsumer call) throws Exception {
        Histogram latency = new ConcurrentHistogram(3);
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        CountDownLatch start = new CountDownLatch(1);
        List<Future<?>> futures = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            int index = i;
            futures.add(pool.submit(() -> {
                start.await();
                long began = System.nanoTime();
                call.accept(index);
                latency.recordValue((System.nanoTime() - began) / 1_000);
                return null;
            }));
        }
        long began = System.nanoTime();
        start.countDown();
        for (Future<?> future : futures) {
            future.get(10, TimeUnit.MINUTES);
        }
        double seconds = (System.nanoTime() - began) / 1e9;
        pool.shutdown();
        System.out.printf("%-20s %6d in %6.1f s = %7.1f/s   p50 %6.1f ms   p99 %6.1f ms   max %6.1f ms%n", name, count,
                seconds, count / seconds, latency.getValueAtPercentile(50) / 1000.0,
                latency.getValueAtPercentile(99) / 1000.0, latency.getMaxValue() / 1000.0);
    }
}
