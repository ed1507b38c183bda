package cloud.citizen.local.seed;

import java.util.List;
import java.util.Set;
import java.util.logging.Logger;

import cloud.citizen.local.Platform;

/**
 * Seeds the demo city through the running platform: each capability's {@link SeedStep} in
 * order, skipping those whose function the template does not declare. Idempotent.
 */
public final class DemoData {

    private static final Logger LOG = Logger.getLogger(DemoData.class.getName());

    /** Every capability's step; a new capability adds its own here (after the steps it builds on). */
    public static final List<SeedStep> STEPS = List.of(new AccountsSeed(), new BillsSeed(),
            new AppointmentsSeed(), new CatalogSeed(), new TopicsSeed(), new VotesSeed(), new SurveysSeed());

    private final Platform platform;

    public DemoData(Platform platform) {
        this.platform = platform;
    }

    public void seed() {
        Set<String> functions = platform.functions();
        SeedContext context = new SeedContext(new LocalApiClient(platform.seedingUrl()), platform.smsLog(),
                platform.stack());
        for (SeedStep step : STEPS) {
            if (!functions.contains(step.function())) {
                LOG.fine(() -> "no " + step.function() + " in the template: skipping " + step.getClass().getSimpleName());
                continue;
            }
            long started = System.nanoTime();
            step.seed(context);
            LOG.info(() -> step.getClass().getSimpleName() + " done in " + (System.nanoTime() - started) / 1_000_000
                    + " ms");
        }
    }
}
