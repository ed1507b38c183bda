package cloud.citizen.emulator;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import com.nimbusds.jose.util.JSONObjectUtils;

import software.amazon.awssdk.services.sqs.SqsClient;
import software.amazon.awssdk.services.sqs.model.QueueDoesNotExistException;

import cloud.citizen.emulator.ProvisionedResources.Resource;
import cloud.citizen.emulator.template.IntrinsicResolver;
import cloud.citizen.emulator.template.TemplateResource;
import cloud.citizen.emulator.template.Values;

/**
 * Creates {@code AWS::SQS::Queue} resources with the attributes that change behaviour
 * (visibility, retention, delay, FIFO, redrive); encryption settings mean nothing locally and are
 * left out. Existing queues are kept.
 */
final class SqsQueueProvisioner {

    static final String QUEUE = "AWS::SQS::Queue";
    /** Template property = SQS attribute name, passed through as text. */
    private static final List<String> PLAIN_ATTRIBUTES = List.of("VisibilityTimeout", "MessageRetentionPeriod",
            "DelaySeconds", "MaximumMessageSize", "ReceiveMessageWaitTimeSeconds", "ContentBasedDeduplication");

    private final SqsClient sqs;

    SqsQueueProvisioner(SqsClient sqs) {
        this.sqs = sqs;
    }

    Resource provision(TemplateResource resource, IntrinsicResolver resolver) {
        Map<String, Object> properties = resource.properties();
        boolean fifo = Values.bool(resolver.resolve(properties.get("FifoQueue")), "FifoQueue").orElse(false);
        String name = Optional.ofNullable(resolver.resolveString(properties.get("QueueName")))
                .orElse(resource.logicalId() + (fifo ? ".fifo" : ""));
        String url = existingUrl(name).orElseGet(() -> sqs.createQueue(b -> b.queueName(name)
                .attributesWithStrings(attributes(properties, resolver, fifo))).queueUrl());
        Map<String, String> attributes = new LinkedHashMap<>();
        attributes.put("Arn", "arn:aws:sqs:" + IntrinsicResolver.REGION + ":" + IntrinsicResolver.ACCOUNT_ID + ":"
                + name);
        attributes.put("QueueName", name);
        attributes.put("QueueUrl", url);
        return new Resource(resource.logicalId(), resource.type(), url, attributes);
    }

    private static Map<String, String> attributes(Map<String, Object> properties, IntrinsicResolver resolver,
            boolean fifo) {
        Map<String, String> attributes = new LinkedHashMap<>();
        for (String name : PLAIN_ATTRIBUTES) {
            Optional.ofNullable(resolver.resolveString(properties.get(name))).ifPresent(v -> attributes.put(name, v));
        }
        if (fifo) {
            attributes.put("FifoQueue", "true");
        }
        Object redrive = resolver.resolve(properties.get("RedrivePolicy"));
        if (redrive instanceof Map<?, ?> policy) {
            attributes.put("RedrivePolicy", JSONObjectUtils.toJSONString(Values.asMap(policy, "RedrivePolicy")));
        } else if (redrive != null) {
            attributes.put("RedrivePolicy", String.valueOf(redrive)); // already a JSON string
        }
        return attributes;
    }

    private Optional<String> existingUrl(String name) {
        try {
            return Optional.of(sqs.getQueueUrl(b -> b.queueName(name)).queueUrl());
        } catch (QueueDoesNotExistException absent) {
            return Optional.empty();
        }
    }
}
