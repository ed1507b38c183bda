package cloud.citizen.catalog.bench;

import java.io.InputStream;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.HdrHistogram.Histogram;

import cloud.citizen.catalog.domain.SearchQuery;
import cloud.citizen.catalog.domain.Service;
import cloud.citizen.catalog.domain.ServiceDraft;
import cloud.citizen.catalog.service.CatalogCache;
import cloud.citizen.catalog.service.CatalogContents;
import cloud.citizen.catalog.service.CatalogStore;
import cloud.citizen.catalog.service.ServiceSearch;
import cloud.citizen.catalog.store.CatalogFile;
import cloud.citizen.catalog.store.Pinyin4jReadings;

/**
 * Search latency over the demo catalog (683 services from infra/local's seed file), in process
 * through the service layer ({@link ServiceSearch} over the instance's {@link CatalogCache}), warm:
 * what a Lambda instance spends per keystroke once its copy is loaded. Also times building that
 * copy (pinyin forms of every name and keyword), which the first request of an instance pays.
 * <pre>
 * ./mvnw -B -ntp -o -pl functions/catalog test-compile exec:java [-Dexec.args="200000"]
 * </pre>
 */
public final class SearchBenchmark {
    private static final List<SearchQuery> QUERIES = List.of(q("gjj"), q("gongjijin"), q("公积金"), q("GJJ"), q("sb"),
            q("shebao"), q("社保"), q("jzz"), q("居住证"), q("锦江"), q("jinjiang"), q("yy"), q("医院"), q("tq"),
            q("dianfei"), q("z"), SearchQuery.of(null, "medical", null, null),
            SearchQuery.of("bl", null, null, "wuhou"), SearchQuery.of(null, null, "housing-fund", null),
            q("不存在的服务"));

    private SearchBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int rounds = args.length > 0 ? Integer.parseInt(args[0]) : 100_000;
        CatalogContents seed = readSeed(Path.of(System.getProperty("citizen.root", "."))
                .resolve("infra/local/src/main/resources/seed/catalog.json"));
        long loadStarted = System.nanoTime();
        ServiceSearch search = new ServiceSearch(new CatalogCache(new SeedStore(seed), new Pinyin4jReadings(),
                Clock.systemUTC(), Duration.ofSeconds(30)), new SeedStore(seed));
        int found = search.search(q("gjj"), Optional.empty(), 100).items().size();
        double loadMs = (System.nanoTime() - loadStarted) / 1e6;

        run(search, rounds / 5, new Histogram(3), new Histogram(3)); // warm-up: JIT and caches
        Histogram micros = new Histogram(3);
        Histogram cpuMicros = new Histogram(3);
        long started = System.nanoTime();
        run(search, rounds, micros, cpuMicros);
        double seconds = (System.nanoTime() - started) / 1e9;

        System.out.printf("catalog: %d services, %d departments, %d districts; 'gjj' finds %d%n",
                seed.services().size(), seed.departments().size(), seed.districts().size(), found);
        System.out.printf("first load (index with pinyin forms, incl. pinyin4j's table): %.1f ms%n", loadMs);
        System.out.printf("warm search, %d queries of %d kinds, limit 20: p50 %d us, p99 %d us, p99.9 %d us, max %d us, %.0f searches/s (1 thread)%n",
                rounds, QUERIES.size(), micros.getValueAtPercentile(50), micros.getValueAtPercentile(99),
                micros.getValueAtPercentile(99.9), micros.getMaxValue(), rounds / seconds);
        // on a shared machine the wall-clock tail is mostly time the thread waited for a core
        System.out.printf("same searches, CPU time of the searching thread: p50 %d us, p99 %d us, p99.9 %d us%n",
                cpuMicros.getValueAtPercentile(50), cpuMicros.getValueAtPercentile(99),
                cpuMicros.getValueAtPercentile(99.9));
    }

    private static void run(ServiceSearch search, int rounds, Histogram micros, Histogram cpuMicros) {
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        for (int i = 0; i < rounds; i++) {
            long cpu = threads.getCurrentThreadCpuTime();
            long t = System.nanoTime();
            search.search(QUERIES.get(i % QUERIES.size()), Optional.empty(), 20);
            micros.recordValue(Math.max(1, (System.nanoTime() - t) / 1000));
            cpuMicros.recordValue(Math.max(1, (threads.getCurrentThreadCpuTime() - cpu) / 1000));
        }
    }

    private static SearchQuery q(String text) {
        return SearchQuery.of(text, null, null, null);
    }

    /** The seed with made-up usage counts, so that ordering by usage has work to do. */
    private static CatalogContents readSeed(Path file) throws Exception {
        CatalogContents seed;
        try (InputStream in = Files.newInputStream(file)) {
            seed = CatalogFile.read(in);
        }
        List<Service> services = new ArrayList<>();
        for (Service service : seed.services()) {
            services.add(service.withUsageCount((services.size() + 1) * 7919L % 100_000));
        }
        return new CatalogContents(seed.departments(), seed.districts(), services);
    }

    /** The seed in memory: the benchmark measures the search, not DynamoDB (loaded once per 30 s per instance). */
    private record SeedStore(CatalogContents contents) implements CatalogStore {
        @Override
        public CatalogContents loadAll() {
            return contents;
        }

        @Override
        public Optional<Service> find(String serviceId) {
            return contents.services().stream().filter(s -> s.serviceId().equals(serviceId)).findFirst();
        }

        @Override
        public void create(Service service) {
            throw new UnsupportedOperationException("read-only");
        }

        @Override
        public Service replace(String serviceId, ServiceDraft draft) {
            throw new UnsupportedOperationException("read-only");
        }
    }
}
