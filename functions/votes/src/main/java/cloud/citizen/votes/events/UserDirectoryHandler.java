package cloud.citizen.votes.events;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.events.SQSBatchResponse;
import com.amazonaws.services.lambda.runtime.events.SQSEvent;

import cloud.citizen.platform.events.SqsBatch;
import cloud.citizen.votes.VotesComponents;
import cloud.citizen.votes.service.UserDirectory;

/**
 * Consumes accounts' user events (UserDirectoryQueue) into votes' own user directory, which owner
 * binding reads; each event applied once (dedupe by eventId), failures reported per message.
 */
public class UserDirectoryHandler {
    private final UserDirectory directory;

    public UserDirectoryHandler() {
        this(VotesComponents.fromEnvironment());
    }

    public UserDirectoryHandler(VotesComponents components) {
        this.directory = components.userDirectory();
    }

    public SQSBatchResponse handleRequest(SQSEvent event, Context context) {
        return SqsBatch.process(event, body -> directory.apply(VotesMessages.userEvent(body)));
    }
}
