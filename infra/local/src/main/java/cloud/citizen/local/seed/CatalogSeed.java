package cloud.citizen.local.seed;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.HashSet;
import java.util.Set;
import java.util.logging.Logger;

import cloud.citizen.catalog.domain.Department;
import cloud.citizen.catalog.domain.District;
import cloud.citizen.catalog.domain.Service;
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
 * usage counts and admin edits survive restarts.
 */
public final class CatalogSeed implements SeedStep {
    public static final String DATA = "/seed/catalog.json";
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
        int added = 0;
        for (Department department : wanted.departments()) {
            added += !known.contains("dept:" + department.departmentId()) && store.addIfAbsent(department) ? 1 : 0;
        }
        for (District district : wanted.districts()) {
            added += !known.contains("dist:" + district.districtId()) && store.addIfAbsent(district) ? 1 : 0;
        }
        for (Service service : wanted.services()) {
            added += !known.contains("svc:" + service.serviceId()) && store.addIfAbsent(service) ? 1 : 0;
        }
        int count = added;
        LOG.fine(() -> "catalog: " + count + " departments, districts and services added");
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
