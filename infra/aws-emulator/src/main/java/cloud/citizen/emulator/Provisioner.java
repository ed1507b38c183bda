package cloud.citizen.emulator;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.logging.Logger;

import cloud.citizen.emulator.template.IntrinsicResolver;
import cloud.citizen.emulator.template.SamTemplate;
import cloud.citizen.emulator.template.SecretSource;
import cloud.citizen.emulator.template.TemplateResource;

/**
 * Creates the template's tables, queues and buckets in {@link EmulatedAws}, idempotently: what
 * already exists is kept as it is, so provisioning again (or against a persistent data directory)
 * changes nothing. Resources come after those they refer to, e.g. a queue after its dead-letter queue.
 * Resources whose {@code Condition} is false are skipped, as CloudFormation would.
 */
public final class Provisioner {

    /** The resource types that exist locally; everything else (log groups, IAM, APIs) is not emulated. */
    public static final Set<String> EMULATED_TYPES = Set.of(DynamoDbTableProvisioner.TABLE,
            DynamoDbTableProvisioner.SIMPLE_TABLE, SqsQueueProvisioner.QUEUE, S3BucketProvisioner.BUCKET);

    private static final Logger LOG = Logger.getLogger(Provisioner.class.getName());

    private final SamTemplate template;
    private final Map<String, String> parameterOverrides;
    private final SecretSource secrets;
    private final DynamoDbTableProvisioner tables;
    private final SqsQueueProvisioner queues;
    private final S3BucketProvisioner buckets;

    public Provisioner(SamTemplate template, EmulatedAws aws, Map<String, String> parameterOverrides,
            SecretSource secrets) {
        this.template = template;
        this.parameterOverrides = Map.copyOf(parameterOverrides);
        this.secrets = secrets;
        this.tables = new DynamoDbTableProvisioner(aws.dynamoDb());
        this.queues = new SqsQueueProvisioner(aws.sqs());
        this.buckets = new S3BucketProvisioner(aws.s3());
    }

    public ProvisionedResources provision() {
        ProvisionedResources provisioned = new ProvisionedResources();
        IntrinsicResolver resolver = new IntrinsicResolver(template, parameterOverrides, provisioned, secrets);
        List<TemplateResource> emulated = template.resources().values().stream()
                .filter(resource -> EMULATED_TYPES.contains(resource.type()))
                .filter(resource -> resource.condition().map(resolver::condition).orElse(true))
                .toList();
        for (TemplateResource resource : ProvisioningOrder.of(emulated)) {
            provisioned.add(switch (resource.type()) {
                case SqsQueueProvisioner.QUEUE -> queues.provision(resource, resolver);
                case S3BucketProvisioner.BUCKET -> buckets.provision(resource, resolver);
                default -> tables.provision(resource, resolver);
            });
        }
        LOG.fine(() -> "provisioned " + provisioned.all().size() + " resources from the template");
        return provisioned;
    }
}
