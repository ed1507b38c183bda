package cloud.citizen.surveys;

import java.time.Clock;

import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;

import cloud.citizen.platform.aws.AwsClients;
import cloud.citizen.platform.config.Environment;

/** Hands the components to the HTTP layer. */
public class SurveysComponentsProducer {

    @Produces
    @Singleton
    SurveysComponents components(AwsClients aws) {
        return new SurveysComponents(SurveysSettings.from(Environment.config()), aws, Clock.systemUTC());
    }
}
