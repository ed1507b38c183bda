package cloud.citizen.local.events;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.logging.Level;
import java.util.logging.Logger;

import software.amazon.awssdk.services.s3.S3Client;

import com.fasterxml.jackson.databind.node.ObjectNode;

import cloud.citizen.emulator.template.IntrinsicResolver;
import cloud.citizen.emulator.template.S3EventSource;
import cloud.citizen.local.Json;

/**
 * An S3 event of a function, by polling: every tick it lists the bucket (under the rule's prefix)
 * and compares with the previous listing; a new key or a new ETag is {@code ObjectCreated:Put},
 * a vanished key {@code ObjectRemoved:Delete}. Polling rather than hooking S3Proxy because the
 * emulator runs S3Proxy as a black box, and because a file copied straight into the filesystem
 * store under the data directory then fires too. Objects that exist when the platform starts are
 * the baseline and fire nothing (S3 never replays history).
 */
public final class S3BucketWatcher implements Runnable {

    private static final Logger LOG = Logger.getLogger(S3BucketWatcher.class.getName());

    private final S3Client s3;
    private final String bucket;
    private final S3EventSource source;
    private final String function;
    private final AsyncInvoker invoker;
    private final Map<String, Long> sizes = new HashMap<>();
    private Map<String, String> known;

    public S3BucketWatcher(S3Client s3, String bucket, S3EventSource source, String function, AsyncInvoker invoker) {
        this.s3 = s3;
        this.bucket = bucket;
        this.source = source;
        this.function = function;
        this.invoker = invoker;
    }

    /** Takes the baseline listing; call before the first {@link #run}. */
    public void baseline() {
        known = list();
    }

    @Override
    public void run() {
        try {
            Map<String, String> now = list();
            if (known == null) {
                known = now;
                return;
            }
            now.forEach((key, etag) -> {
                if (!etag.equals(known.get(key)) && wants("ObjectCreated:Put") && matchesKey(key)) {
                    fire("ObjectCreated:Put", key, etag, sizeOf(key));
                }
            });
            known.keySet().stream().filter(key -> !now.containsKey(key)).toList().forEach(key -> {
                if (wants("ObjectRemoved:Delete") && matchesKey(key)) {
                    fire("ObjectRemoved:Delete", key, null, 0);
                }
            });
            known = now;
        } catch (RuntimeException e) {
            LOG.log(Level.FINE, "listing " + bucket + " failed", e);
        }
    }

    private Map<String, String> list() {
        Map<String, String> objects = new HashMap<>();
        sizes.clear();
        s3.listObjectsV2Paginator(request -> request.bucket(bucket).prefix(source.prefix().orElse(null))).contents()
                .forEach(object -> {
                    objects.put(object.key(), object.eTag());
                    sizes.put(object.key(), object.size());
                });
        return objects;
    }

    private long sizeOf(String key) {
        return sizes.getOrDefault(key, 0L);
    }

    private boolean matchesKey(String key) {
        return source.prefix().map(key::startsWith).orElse(true) && source.suffix().map(key::endsWith).orElse(true);
    }

    /** {@code s3:ObjectCreated:*} covers every creation; an exact name only itself. */
    boolean wants(String eventName) {
        List<String> events = source.events();
        return events.stream().map(event -> event.startsWith("s3:") ? event.substring(3) : event)
                .anyMatch(event -> event.equals(eventName)
                        || event.endsWith(":*") && eventName.startsWith(event.substring(0, event.length() - 1)));
    }

    private void fire(String eventName, String key, String etag, long size) {
        LOG.info(() -> "S3 " + eventName + " s3://" + bucket + "/" + key + " -> " + function);
        invoker.invoke(function, Json.bytes(event(eventName, key, etag, size)), "S3 " + bucket + " " + source.eventName());
    }

    private ObjectNode event(String eventName, String key, String etag, long size) {
        ObjectNode event = Json.object();
        ObjectNode record = event.putArray("Records").addObject();
        record.put("eventVersion", "2.1");
        record.put("eventSource", "aws:s3");
        record.put("awsRegion", IntrinsicResolver.REGION);
        record.put("eventTime", Instant.now().toString());
        record.put("eventName", eventName);
        record.putObject("userIdentity").put("principalId", "LOCAL");
        record.putObject("requestParameters").put("sourceIPAddress", "127.0.0.1");
        record.putObject("responseElements").put("x-amz-request-id", Long.toHexString(System.nanoTime())
                .toUpperCase(Locale.ROOT)).put("x-amz-id-2", "local");
        ObjectNode s3 = record.putObject("s3");
        s3.put("s3SchemaVersion", "1.0");
        s3.put("configurationId", source.eventName());
        s3.putObject("bucket").put("name", bucket).put("arn", "arn:aws:s3:::" + bucket)
                .putObject("ownerIdentity").put("principalId", "LOCAL");
        ObjectNode object = s3.putObject("object");
        // S3 URL-encodes keys in notifications (a space becomes '+')
        object.put("key", URLEncoder.encode(key, StandardCharsets.UTF_8).replace("%2F", "/"));
        if (etag != null) {
            object.put("size", size);
            object.put("eTag", etag.replace("\"", ""));
        }
        object.put("sequencer", String.format("%016X", System.nanoTime()));
        return event;
    }
}
