package cloud.citizen.catalog.store;

/**
 * The catalog function's single table (template.yaml: CatalogTable, keys pk/sk).
 * <pre>
 * pk                          sk                        what                                       access pattern
 * DEPARTMENTS                 DEPT#{departmentId}       name                                       all departments (one query);
 *                                                                                                  exists? (ConditionCheck on create)
 * DISTRICTS                   DIST#{districtId}         name                                       all districts; exists?
 * SERVICES#{0-3}              SERVICE#{serviceId}       name, category, departmentId|districtId,   get one (shard from the id);
 *                                                       online, keywords, usageCount, usageAsOf,   the whole catalog: 4 queries
 *                                                       updatedAt
 * SUBMISSION#{submissionId}   SUBMISSION                submitterId, name, category, description,  get; decide once
 *                                                       organisation, contact, status, reason,     (condition status = pending)
 *                                                       serviceId, submittedAt, decidedAt
 * IDEMPOTENCY#{scope}#{key}   IDEMPOTENCY               see platform IdempotencyStore
 * </pre>
 * The catalog is small (683 services, ~400 bytes each), read whole by each instance every refresh
 * interval: four service partitions instead of one keep each load query well under 1 MB and spread
 * the usage-count writes. {@code usageAsOf} (epoch ms) orders usage counts: a count is stored only
 * if it is newer than the stored one.
 */
public final class CatalogTable {
    static final String DEPARTMENTS = "DEPARTMENTS";
    static final String DISTRICTS = "DISTRICTS";
    static final int SERVICE_SHARDS = 4;

    private CatalogTable() {
    }

    /** String.hashCode is fixed by the language specification, so the shard of an id never changes. */
    static String servicePartition(String serviceId) {
        return servicePartition(Math.floorMod(serviceId.hashCode(), SERVICE_SHARDS));
    }

    static String servicePartition(int shard) {
        return "SERVICES#" + shard;
    }
}
