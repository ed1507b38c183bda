package cloud.citizen.local.seed;

import java.util.Optional;
import java.util.logging.Logger;

import cloud.citizen.bills.seed.DemoBills;

/**
 * The demo citizen's bills (water, electricity, gas, property, school fees and one account the
 * sandbox declines), from the bills function's own seed ({@link DemoBills}) writing into its table
 * with the function's resolved environment. The API has no way to create bills (providers upload
 * files), and binding through the API would need the account numbers this class should not know;
 * the seed imports through the function's own loader and binds every demo account. Re-running
 * creates nothing. The citizen's user id comes from {@code GET /v1/me} with the token the accounts
 * step left behind, so this step runs after {@link AccountsSeed}.
 */
public final class BillsSeed implements SeedStep {

    private static final Logger LOG = Logger.getLogger(BillsSeed.class.getName());

    @Override
    public String function() {
        return "BillsFunction";
    }

    @Override
    public void seed(SeedContext context) {
        DemoBills.SeedSummary summary = DemoBills.seed(context.stack().aws().dynamoDb(),
                context.stack().environmentOf(function()), citizenUserId(context));
        if (!summary.accountsBoundToSomeoneElse().isEmpty()) {
            // only possible when an older data directory bound them to a citizen since re-created: say why bills are missing
            LOG.warning(() -> summary.accountsBoundToSomeoneElse().size() + " demo bill accounts are bound to another"
                    + " user; delete the data directory to start over");
        }
        LOG.fine(() -> "bills: " + summary.billsCreated() + " demo bills created, " + summary.billsUnchanged()
                + " already there");
    }

    private static String citizenUserId(SeedContext context) {
        LocalApiClient.Response me = context.api().get("/v1/me",
                Optional.of(context.accessToken(DemoAccount.CITIZEN)));
        if (me.status() != 200 || me.text("userId").isBlank()) {
            throw new IllegalStateException("GET /v1/me of the demo citizen answered " + me.status() + " " + me.body());
        }
        return me.text("userId");
    }
}
