package cloud.citizen.bills;

import java.time.Clock;

import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;

import cloud.citizen.platform.aws.AwsClients;
import cloud.citizen.platform.config.Environment;

/** Hands the components to the HTTP layer. */
public class BillsComponentsProducer {

    @Produces
    @Singleton
    BillsComponents components(AwsClients aws) {
        return new BillsComponents(BillsSettings.from(Environment.config()), aws, Clock.systemUTC());
    }
}
