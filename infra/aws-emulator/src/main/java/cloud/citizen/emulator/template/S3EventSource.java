package cloud.citizen.emulator.template;

import java.util.List;
import java.util.Optional;

/** An {@code S3} event: {@code bucket} is unresolved (usually {@code !Ref Bucket}). */
public record S3EventSource(String eventName, Object bucket, List<String> events, Optional<String> prefix,
        Optional<String> suffix) {

    public S3EventSource {
        events = List.copyOf(events);
    }
}
