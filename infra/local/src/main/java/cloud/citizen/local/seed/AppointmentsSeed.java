package cloud.citizen.local.seed;

import java.time.Clock;
import java.util.logging.Logger;

import cloud.citizen.appointments.seed.DemoProviders;

/**
 * Hospital departments and vaccination sites with a week of slots, from the appointments
 * function's own seed ({@link DemoProviders}) writing into its table with the function's resolved
 * environment. Through the API this would take an admin call per provider and a staff call per
 * provider, day and session (75 calls); the function's seed writes the same items and knows its
 * key design. It leaves what exists alone and adds missing days, so every start rolls the week
 * forward. The providers belong to community {@value DemoProviders#COMMUNITY}, which the demo staff
 * account serves, so that account publishes slots and checks people in there.
 */
public final class AppointmentsSeed implements SeedStep {

    private static final Logger LOG = Logger.getLogger(AppointmentsSeed.class.getName());

    @Override
    public String function() {
        return "AppointmentsFunction";
    }

    @Override
    public void seed(SeedContext context) {
        if (!DemoAccount.STAFF.communities().contains(DemoProviders.COMMUNITY)) {
            // the two constants live in different modules: fail loudly rather than seed providers nobody manages
            throw new IllegalStateException("the demo staff account does not serve " + DemoProviders.COMMUNITY
                    + ", the community of the demo providers");
        }
        int added = DemoProviders.seed(context.stack().aws().dynamoDb(), context.stack().environmentOf(function()),
                Clock.systemUTC());
        LOG.fine(() -> "appointments: " + added + " demo slots added");
    }
}
