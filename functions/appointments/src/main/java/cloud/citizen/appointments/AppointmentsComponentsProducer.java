package cloud.citizen.appointments;

import java.time.Clock;

import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;

import cloud.citizen.platform.aws.AwsClients;
import cloud.citizen.platform.config.Environment;

/** Hands the components to the HTTP layer, configured from the function's environment (template.yaml). */
public class AppointmentsComponentsProducer {

    @Produces
    @Singleton
    AppointmentsComponents components(AwsClients aws) {
        return new AppointmentsComponents(AppointmentsSettings.from(Environment.config()), aws, Clock.systemUTC());
    }
}
