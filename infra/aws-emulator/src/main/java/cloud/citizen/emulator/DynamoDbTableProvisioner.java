package cloud.citizen.emulator;

import static cloud.citizen.emulator.template.Values.asList;
import static cloud.citizen.emulator.template.Values.asMap;
import static cloud.citizen.emulator.template.Values.text;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.locks.LockSupport;

import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeDefinition;
import software.amazon.awssdk.services.dynamodb.model.BillingMode;
import software.amazon.awssdk.services.dynamodb.model.CreateTableRequest;
import software.amazon.awssdk.services.dynamodb.model.GlobalSecondaryIndex;
import software.amazon.awssdk.services.dynamodb.model.KeySchemaElement;
import software.amazon.awssdk.services.dynamodb.model.LocalSecondaryIndex;
import software.amazon.awssdk.services.dynamodb.model.Projection;
import software.amazon.awssdk.services.dynamodb.model.ProvisionedThroughput;
import software.amazon.awssdk.services.dynamodb.model.ResourceNotFoundException;
import software.amazon.awssdk.services.dynamodb.model.StreamSpecification;
import software.amazon.awssdk.services.dynamodb.model.TableDescription;
import software.amazon.awssdk.services.dynamodb.model.TableStatus;
import software.amazon.awssdk.services.dynamodb.model.TimeToLiveStatus;

import cloud.citizen.emulator.ProvisionedResources.Resource;
import cloud.citizen.emulator.template.IntrinsicResolver;
import cloud.citizen.emulator.template.TemplateResource;
import cloud.citizen.emulator.template.Values;

/** Creates {@code AWS::DynamoDB::Table} and {@code AWS::Serverless::SimpleTable} resources; existing tables are kept. */
final class DynamoDbTableProvisioner {

    static final String TABLE = "AWS::DynamoDB::Table";
    static final String SIMPLE_TABLE = "AWS::Serverless::SimpleTable";
    private static final Duration ACTIVE_TIMEOUT = Duration.ofSeconds(30);

    private final DynamoDbClient dynamoDb;

    DynamoDbTableProvisioner(DynamoDbClient dynamoDb) {
        this.dynamoDb = dynamoDb;
    }

    Resource provision(TemplateResource resource, IntrinsicResolver resolver) {
        Map<String, Object> properties = resource.properties();
        String name = Optional.ofNullable(resolver.resolveString(properties.get("TableName")))
                .orElse(resource.logicalId());
        TableDescription table = describe(name).orElseGet(() -> create(name, resource, resolver));
        if (table.tableStatus() != TableStatus.ACTIVE) {
            table = awaitActive(name);
        }
        Map<String, Object> ttl = asMap(resolver.resolve(properties.get("TimeToLiveSpecification")), "TTL");
        if (Values.bool(ttl.get("Enabled"), "TimeToLiveSpecification.Enabled").orElse(false)) {
            enableTimeToLive(name, text(ttl.get("AttributeName"), "TimeToLiveSpecification.AttributeName")
                    .orElseThrow());
        }
        Map<String, String> attributes = new LinkedHashMap<>();
        attributes.put("Arn", "arn:aws:dynamodb:" + IntrinsicResolver.REGION + ":" + IntrinsicResolver.ACCOUNT_ID
                + ":table/" + name);
        if (table.latestStreamArn() != null) {
            attributes.put("StreamArn", table.latestStreamArn());
        }
        return new Resource(resource.logicalId(), resource.type(), name, attributes);
    }

    private TableDescription create(String name, TemplateResource resource, IntrinsicResolver resolver) {
        CreateTableRequest.Builder request = resource.is(SIMPLE_TABLE)
                ? simpleTable(resource.properties(), resolver)
                : table(resource.properties(), resolver);
        return dynamoDb.createTable(request.tableName(name).build()).tableDescription();
    }

    private static CreateTableRequest.Builder table(Map<String, Object> properties, IntrinsicResolver resolver) {
        CreateTableRequest.Builder request = CreateTableRequest.builder()
                .attributeDefinitions(items(resolver, properties.get("AttributeDefinitions"))
                        .stream().map(definition -> AttributeDefinition.builder()
                                .attributeName(string(definition, "AttributeName"))
                                .attributeType(string(definition, "AttributeType")).build()).toList())
                .keySchema(keySchema(resolver.resolve(properties.get("KeySchema"))));
        Optional<ProvisionedThroughput> throughput = throughput(resolver.resolve(properties.get("ProvisionedThroughput")));
        throughput.ifPresentOrElse(t -> request.billingMode(BillingMode.PROVISIONED).provisionedThroughput(t),
                () -> request.billingMode(BillingMode.PAY_PER_REQUEST));
        List<Map<String, Object>> globalIndexes = items(resolver, properties.get("GlobalSecondaryIndexes"));
        if (!globalIndexes.isEmpty()) {
            request.globalSecondaryIndexes(globalIndexes.stream().map(index -> {
                GlobalSecondaryIndex.Builder gsi = GlobalSecondaryIndex.builder().indexName(string(index, "IndexName"))
                        .keySchema(keySchema(index.get("KeySchema"))).projection(projection(index.get("Projection")));
                throughput(index.get("ProvisionedThroughput")).ifPresent(gsi::provisionedThroughput);
                return gsi.build();
            }).toList());
        }
        List<Map<String, Object>> localIndexes = items(resolver, properties.get("LocalSecondaryIndexes"));
        if (!localIndexes.isEmpty()) {
            request.localSecondaryIndexes(localIndexes.stream().map(index -> LocalSecondaryIndex.builder()
                    .indexName(string(index, "IndexName")).keySchema(keySchema(index.get("KeySchema")))
                    .projection(projection(index.get("Projection"))).build()).toList());
        }
        Map<String, Object> stream = asMap(resolver.resolve(properties.get("StreamSpecification")), "StreamSpec");
        text(stream.get("StreamViewType"), "StreamSpecification.StreamViewType").ifPresent(viewType -> request
                .streamSpecification(StreamSpecification.builder().streamEnabled(true).streamViewType(viewType)
                        .build()));
        return request;
    }

    /** SAM's shorthand: a single hash key, {@code id} of type String unless PrimaryKey says otherwise. */
    private static CreateTableRequest.Builder simpleTable(Map<String, Object> properties, IntrinsicResolver resolver) {
        Map<String, Object> primaryKey = asMap(resolver.resolve(properties.get("PrimaryKey")), "PrimaryKey");
        String keyName = text(primaryKey.get("Name"), "PrimaryKey.Name").orElse("id");
        String keyType = switch (text(primaryKey.get("Type"), "PrimaryKey.Type").orElse("String")) {
            case "Number" -> "N";
            case "Binary" -> "B";
            default -> "S";
        };
        CreateTableRequest.Builder request = CreateTableRequest.builder()
                .attributeDefinitions(AttributeDefinition.builder().attributeName(keyName).attributeType(keyType)
                        .build())
                .keySchema(KeySchemaElement.builder().attributeName(keyName).keyType("HASH").build());
        throughput(resolver.resolve(properties.get("ProvisionedThroughput"))).ifPresentOrElse(
                t -> request.billingMode(BillingMode.PROVISIONED).provisionedThroughput(t),
                () -> request.billingMode(BillingMode.PAY_PER_REQUEST));
        return request;
    }

    private void enableTimeToLive(String table, String attribute) {
        var current = dynamoDb.describeTimeToLive(b -> b.tableName(table)).timeToLiveDescription();
        boolean alreadyOn = attribute.equals(current.attributeName())
                && (current.timeToLiveStatus() == TimeToLiveStatus.ENABLED
                        || current.timeToLiveStatus() == TimeToLiveStatus.ENABLING);
        if (!alreadyOn) {
            dynamoDb.updateTimeToLive(b -> b.tableName(table)
                    .timeToLiveSpecification(spec -> spec.attributeName(attribute).enabled(true)));
        }
    }

    private Optional<TableDescription> describe(String name) {
        try {
            return Optional.of(dynamoDb.describeTable(b -> b.tableName(name)).table());
        } catch (ResourceNotFoundException absent) {
            return Optional.empty();
        }
    }

    /** Embedded tables are ACTIVE at once; LocalStack may take a moment. (The SDK waiter polls every 20 s.) */
    private TableDescription awaitActive(String name) {
        long deadline = System.nanoTime() + ACTIVE_TIMEOUT.toNanos();
        while (System.nanoTime() < deadline) {
            TableDescription table = describe(name).orElseThrow();
            if (table.tableStatus() == TableStatus.ACTIVE) {
                return table;
            }
            LockSupport.parkNanos(Duration.ofMillis(50).toNanos());
        }
        throw new IllegalStateException("table " + name + " not ACTIVE after " + ACTIVE_TIMEOUT);
    }

    private static List<KeySchemaElement> keySchema(Object value) {
        return asList(value, "KeySchema").stream().map(item -> asMap(item, "KeySchema")).map(key -> KeySchemaElement
                .builder().attributeName(string(key, "AttributeName")).keyType(string(key, "KeyType")).build())
                .toList();
    }

    private static Projection projection(Object value) {
        Map<String, Object> projection = asMap(value, "Projection");
        Projection.Builder builder = Projection.builder()
                .projectionType(text(projection.get("ProjectionType"), "ProjectionType").orElse("ALL"));
        List<Object> nonKey = asList(projection.get("NonKeyAttributes"), "NonKeyAttributes");
        if (!nonKey.isEmpty()) {
            builder.nonKeyAttributes(nonKey.stream().map(String::valueOf).toList());
        }
        return builder.build();
    }

    private static Optional<ProvisionedThroughput> throughput(Object value) {
        Map<String, Object> throughput = asMap(value, "ProvisionedThroughput");
        if (throughput.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(ProvisionedThroughput.builder()
                .readCapacityUnits(Long.valueOf(string(throughput, "ReadCapacityUnits")))
                .writeCapacityUnits(Long.valueOf(string(throughput, "WriteCapacityUnits"))).build());
    }

    private static List<Map<String, Object>> items(IntrinsicResolver resolver, Object value) {
        return asList(resolver.resolve(value), "list").stream().map(item -> asMap(item, "list item")).toList();
    }

    private static String string(Map<String, Object> map, String key) {
        return text(map.get(key), key).orElseThrow(() -> new IllegalArgumentException("missing " + key + " in " + map));
    }
}
