package cloud.citizen.catalog;

import java.time.Clock;

import cloud.citizen.catalog.service.CatalogCache;
import cloud.citizen.catalog.service.RandomIds;
import cloud.citizen.catalog.service.ServiceAdministration;
import cloud.citizen.catalog.service.ServiceSearch;
import cloud.citizen.catalog.service.ServiceSubmissions;
import cloud.citizen.catalog.service.UsageRecording;
import cloud.citizen.catalog.store.DynamoCatalogStore;
import cloud.citizen.catalog.store.DynamoSubmissionStore;
import cloud.citizen.catalog.store.DynamoUsageCounts;
import cloud.citizen.catalog.store.Pinyin4jReadings;
import cloud.citizen.platform.aws.AwsClients;
import cloud.citizen.platform.config.Environment;

/**
 * Builds the catalog's adapters and use cases; the one place that knows how they fit. Nothing here
 * touches the network: the catalog is loaded by the first search, and the usage consumer, which
 * builds the same components, never loads it.
 */
public final class CatalogComponents {
    private final DynamoCatalogStore catalogStore;
    private final ServiceSearch search;
    private final ServiceAdministration administration;
    private final ServiceSubmissions submissions;
    private final UsageRecording usage;

    public CatalogComponents(CatalogSettings settings, AwsClients aws, Clock clock) {
        var dynamo = aws.dynamoDb();
        RandomIds ids = new RandomIds();
        this.catalogStore = new DynamoCatalogStore(dynamo, settings.table());
        CatalogCache cache = new CatalogCache(catalogStore, new Pinyin4jReadings(), clock, settings.refreshInterval());
        this.search = new ServiceSearch(cache, catalogStore);
        this.administration = new ServiceAdministration(catalogStore, cache, ids);
        this.submissions = new ServiceSubmissions(new DynamoSubmissionStore(dynamo, settings.table(), catalogStore),
                cache, ids, clock);
        this.usage = new UsageRecording(new DynamoUsageCounts(dynamo, settings.table()));
    }

    /** For the queue handler, which runs without CDI. */
    public static CatalogComponents fromEnvironment() {
        Environment env = Environment.system();
        return new CatalogComponents(CatalogSettings.from(env), AwsClients.from(env), Clock.systemUTC());
    }

    public ServiceSearch search() {
        return search;
    }

    public ServiceAdministration administration() {
        return administration;
    }

    public ServiceSubmissions submissions() {
        return submissions;
    }

    public UsageRecording usage() {
        return usage;
    }

    /** The table adapter itself, for loading fixed data (the local platform's seed) and for tests. */
    public DynamoCatalogStore catalogStore() {
        return catalogStore;
    }
}
