package cloud.citizen.appointments;

import java.time.Clock;

import jakarta.enterprise.event.Observes;
import jakarta.enterprise.inject.Instance;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;

import io.quarkus.runtime.StartupEvent;

import cloud.citizen.platform.aws.AwsClients;
import cloud.citizen.platform.config.Environment;
import cloud.citizen.platform.snapstart.SnapStartPriming;

/**
 * Hands the components to the HTTP layer, configured from the function's environment
 * (template.yaml), and has SnapStart build them before its snapshot.
 */
public class AppointmentsComponentsProducer {

    @Produces
    @Singleton
    AppointmentsComponents components(AwsClients aws) {
        return new AppointmentsComponents(AppointmentsSettings.from(Environment.config()), aws, Clock.systemUTC());
    }

    /** Registers only: the components are built when the primer runs (before a snapshot), not at startup. */
    void registerPrimer(@Observes StartupEvent startup, Instance<AppointmentsComponents> components) {
        SnapStartPriming.add("appointments", () -> components.get().prime());
    }
}
