package cloud.citizen.local.seed;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.logging.Logger;

import cloud.citizen.catalog.service.CatalogContents;
import cloud.citizen.catalog.store.CatalogFile;
import cloud.citizen.catalog.store.DynamoCatalogStore;

/**
 * The demo catalog (seed/catalog.json, made by {@code CatalogSeedGenerator}): 61 departments, 22
 * districts and 683 services, the platform's own among them with their fixed ids (bills.water …).
 * Written through the catalog function's own table adapter rather than its API: the API has no
 * route for departments and districts (they are reference data), POST /v1/services picks its own
 * ids (the platform's services need fixed ones), and 683 admin calls through the gateway would cost
 * seconds at every start. Idempotent: it reads what the table holds (the same few queries an
 * instance makes) and adds only what is missing, each with a condition that never overwrites, so
 * usage counts and admin edits survive restarts. A fresh data directory takes 766 conditional
 * puts, eight at a time.
 */
public final class CatalogSeed implements SeedStep {
    public static final String DATA = "/seed/catalog.json";
    private static final int PARALLEL_PUTS = 8;
    private static final Logger LOG = Logger.getLogger(CatalogSeed.class.getName());

    @Override
    public String function() {
        return "CatalogFunction";
    }

    @Override
    public void seed(SeedContext context) {
        String table = context.stack().environmentOf(function()).get("CATALOG_TABLE");
        DynamoCatalogStore store = new DynamoCatalogStore(context.stack().aws().dynamoDb(), table);
        CatalogContents wanted = read();
        CatalogContents present = store.loadAll();
        Set<String> known = new HashSet<>();
        present.departments().forEach(d -> known.add("dept:" + d.departmentId()));
        present.districts().forEach(d -> known.add("dist:" + d.districtId()));
        present.services().forEach(s -> known.add("svc:" + s.serviceId()));
        List<Callable<Boolean>> missing = new ArrayList<>();
        wanted.departments().stream().filter(d -> !known.contains("dept:" + d.departmentId()))
                .forEach(d -> missing.add(() -> store.addIfAbsent(d)));
        wanted.districts().stream().filter(d -> !known.contains("dist:" + d.districtId()))
                .forEach(d -> missing.add(() -> store.addIfAbsent(d)));
        // owners first: services follow once every department and district is in
        int added = addAll(missing);
        List<Callable<Boolean>> services = new ArrayList<>();
        wanted.services().stream().filter(s -> !known.contains("svc:" + s.serviceId()))
                .forEach(s -> services.add(() -> store.addIfAbsent(s)));
        int count = added + addAll(services);
        LOG.fine(() -> "catalog: " + count + " departments, districts and services added");
    }

    /** A few conditional puts at a time: on a fresh data directory the 766 items take seconds, not a minute. */
    private static int addAll(List<Callable<Boolean>> puts) {
        ExecutorService pool = Executors.newFixedThreadPool(PARALLEL_PUTS);
        try {
            int added = 0;
            for (Future<Boolean> put : pool.invokeAll(puts)) {
                added += put.get() ? 1 : 0;
            }
            return added;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while seeding the catalog", e);
        } catch (ExecutionException e) {
            throw new IllegalStateException("seeding the catalog failed", e.getCause());
        } finally {
            pool.shutdownNow();
        }
    }

    /** The data file as the catalog's domain objects. */
    public static CatalogContents read() {
        try (InputStream in = CatalogSeed.class.getResourceAsStream(DATA)) {
            if (in == null) {
                throw new IllegalStateException(DATA + " is not on the classpath");
            }
            return CatalogFile.read(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
