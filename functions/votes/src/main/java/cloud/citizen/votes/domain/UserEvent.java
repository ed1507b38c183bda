package cloud.citizen.votes.domain;

import java.time.Instant;

/** A user-registered, user-verified or user-renamed event from accounts (docs/events.md). */
public record UserEvent(String eventId, Type type, String userId, String displayName, Instant occurredAt) {

    public enum Type {
        REGISTERED("user-registered"), VERIFIED("user-verified"), RENAMED("user-renamed");

        private final String wireName;

        Type(String wireName) {
            this.wireName = wireName;
        }

        public String wireName() {
            return wireName;
        }

        public static Type fromWire(String name) {
            for (Type type : values()) {
                if (type.wireName.equals(name)) {
                    return type;
                }
            }
            throw new IllegalArgumentException("unknown user event type " + name);
        }
    }
}
