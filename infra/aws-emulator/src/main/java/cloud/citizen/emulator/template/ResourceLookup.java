package cloud.citizen.emulator.template;

import java.util.Optional;

/** What {@code Ref} and {@code Fn::GetAtt} return for resources that exist locally. */
public interface ResourceLookup {

    ResourceLookup NONE = new ResourceLookup() {
        @Override
        public Optional<String> ref(String logicalId) {
            return Optional.empty();
        }

        @Override
        public Optional<String> attribute(String logicalId, String attribute) {
            return Optional.empty();
        }
    };

    /** The physical id ({@code Ref}): table name, queue URL, bucket name. */
    Optional<String> ref(String logicalId);

    /** A {@code Fn::GetAtt} attribute such as {@code Arn}, {@code QueueName}, {@code StreamArn}. */
    Optional<String> attribute(String logicalId, String attribute);
}
