package cloud.citizen.bills;

import java.time.Clock;

import jakarta.enterprise.event.Observes;
import jakarta.enterprise.inject.Instance;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;

import io.quarkus.runtime.StartupEvent;

import cloud.citizen.platform.aws.AwsClients;
import cloud.citizen.platform.config.Environment;
import cloud.citizen.platform.snapstart.SnapStartPriming;

/** Hands the components to the HTTP layer, and has SnapStart build them before its snapshot. */
public class BillsComponentsProducer {

    @Produces
    @Singleton
    BillsComponents components(AwsClients aws) {
        return new BillsComponents(BillsSettings.from(Environment.config()), aws, Clock.systemUTC());
    }

    /** Registers only: the components are built when the primer runs (before a snapshot), not at startup. */
    void registerPrimer(@Observes StartupEvent startup, Instance<BillsComponents> components) {
        SnapStartPriming.add("bills", () -> components.get().prime());
    }
}
