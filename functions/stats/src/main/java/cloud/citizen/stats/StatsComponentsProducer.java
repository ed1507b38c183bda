package cloud.citizen.stats;

import java.time.Clock;

import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;

import cloud.citizen.platform.aws.AwsClients;
import cloud.citizen.platform.config.Environment;

/** Hands the components to the HTTP layer. */
public class StatsComponentsProducer {
    @Produces
    @Singleton
    StatsComponents components(AwsClients aws) {
        return new StatsComponents(StatsSettings.from(Environment.config()), aws, Clock.systemUTC());
    }
}
