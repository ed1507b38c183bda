package cloud.citizen.votes;

import java.time.Clock;

import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;

import cloud.citizen.platform.aws.AwsClients;
import cloud.citizen.platform.config.Environment;
import cloud.citizen.platform.paging.CursorCodec;

/** Hands the components to the HTTP layer. */
public class VotesComponentsProducer {

    @Produces
    @Singleton
    VotesComponents components(AwsClients aws, CursorCodec cursors) {
        return new VotesComponents(VotesSettings.from(Environment.config()), aws, Clock.systemUTC(), cursors);
    }
}
