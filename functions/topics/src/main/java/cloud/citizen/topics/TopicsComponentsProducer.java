package cloud.citizen.topics;

import java.time.Clock;

import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;

import cloud.citizen.platform.aws.AwsClients;
import cloud.citizen.platform.config.Environment;

/** Hands the components to the HTTP layer. */
public class TopicsComponentsProducer {

    @Produces
    @Singleton
    TopicsComponents components(AwsClients aws) {
        return new TopicsComponents(TopicsSettings.from(Environment.config()), aws, Clock.systemUTC());
    }
}
