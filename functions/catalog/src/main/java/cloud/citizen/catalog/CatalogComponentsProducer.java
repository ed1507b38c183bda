package cloud.citizen.catalog;

import java.time.Clock;

import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;

import cloud.citizen.platform.aws.AwsClients;
import cloud.citizen.platform.config.Environment;

/** Hands the components to the HTTP layer. */
public class CatalogComponentsProducer {

    @Produces
    @Singleton
    CatalogComponents components(AwsClients aws) {
        return new CatalogComponents(CatalogSettings.from(Environment.config()), aws, Clock.systemUTC());
    }
}
