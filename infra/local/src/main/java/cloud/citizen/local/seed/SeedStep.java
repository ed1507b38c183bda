package cloud.citizen.local.seed;

/**
 * The demo data of one capability. Each function contributes its own step (one small class),
 * registered in {@link DemoData#STEPS}; a step runs only when its function is in the template,
 * after the steps listed before it. Steps must be idempotent: the platform seeds on every start.
 */
public interface SeedStep {

    /** Logical id of the function whose data this step creates (e.g. {@code AccountsFunction}). */
    String function();

    void seed(SeedContext context);
}
