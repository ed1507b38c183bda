package cloud.citizen.local.seed;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import java.util.logging.Logger;

import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.sqs.SqsClient;

import cloud.citizen.bills.domain.AccountAlreadyBoundException;
import cloud.citizen.bills.domain.HolderName;
import cloud.citizen.bills.domain.ProviderAccount;
import cloud.citizen.bills.events.HolderChangeMessages;
import cloud.citizen.bills.service.BillImport;
import cloud.citizen.bills.service.ImportReport;
import cloud.citizen.bills.store.DynamoBillBook;
import cloud.citizen.bills.store.DynamoBillLoader;
import cloud.citizen.platform.outbox.Outbox;
import cloud.citizen.platform.paging.CursorCodec;

/**
 * The demo citizen's bills: {@value #RESOURCE} (water ×2, electricity, gas, property, school fees,
 * and {@code DECLINE-0001}, which the sandbox declines; every account held by {@value #HOLDER}, the
 * demo citizen's real name), imported through the bills function's own import, one provider's rows
 * at a time as providers upload them, into its table (BILLS_TABLE of the function's resolved
 * environment), with every account bound to the demo citizen through the same holder-name check
 * as {@code POST /v1/bill-accounts}. The API has no way to create bills (utility providers upload
 * files), and binding through the API would need the account numbers this class should not
 * hard-code. Re-running creates nothing: the import changes nothing the second time and an
 * account the citizen bound already stays bound. The citizen's user id comes from
 * {@code GET /v1/me} with the token the accounts step left behind, so this step runs after
 * {@link AccountsSeed}. A provider's rows uploaded to the import bucket as
 * {@code imports/{provider}/demo.csv} exercise the S3-triggered import.
 */
public final class BillsSeed implements SeedStep {
    static final String RESOURCE = "/seed/demo-bills.csv";
    /** The holder of every demo account: the demo citizen's real name (AccountsSeed.DEMO_REAL_NAME). */
    static final String HOLDER = AccountsSeed.DEMO_REAL_NAME;
    private static final Logger LOG = Logger.getLogger(BillsSeed.class.getName());

    /** What seeding did: the accounts bound now or before. */
    record Summary(int billsCreated, int billsUnchanged, List<String> accountsBound) {
    }

    @Override
    public String function() {
        return "BillsFunction";
    }

    @Override
    public void seed(SeedContext context) {
        Summary summary = seed(context.stack().aws().dynamoDb(), context.stack().aws()::sqs,
                context.stack().environmentOf(function()), citizenUserId(context));
        LOG.fine(() -> "bills: " + summary.billsCreated() + " demo bills created, " + summary.billsUnchanged()
                + " already there");
    }

    /**
     * @param sqs                 for the messages of a holder change, which the demo file never makes
     * @param functionEnvironment the environment of BillsFunction (BILLS_TABLE and NOTIFICATIONS_QUEUE_URL are read)
     */
    static Summary seed(DynamoDbClient dynamo, Supplier<SqsClient> sqs, Map<String, String> functionEnvironment,
            String citizenUserId) {
        String table = required(functionEnvironment, "BILLS_TABLE");
        DynamoBillLoader loader = new DynamoBillLoader(dynamo, table, new Outbox(dynamo, sqs, table, Clock.systemUTC()),
                new HolderChangeMessages(required(functionEnvironment, "NOTIFICATIONS_QUEUE_URL")));
        int created = 0;
        int unchanged = 0;
        for (Map.Entry<String, StringBuilder> file : filesByProvider().entrySet()) {
            try {
                ImportReport report = new BillImport(loader, 2)
                        .run(new StringReader(file.getValue().toString()), file.getKey());
                created += report.created();
                unchanged += report.unchanged();
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read the demo bills", e);
            }
        }
        // the cursor key only signs list cursors, which binding does not produce
        DynamoBillBook book = new DynamoBillBook(dynamo, table, new CursorCodec("seeding-needs-no-cursors"));
        HolderName holder = HolderName.parse(HOLDER).orElseThrow();
        List<String> bound = new ArrayList<>();
        for (ProviderAccount account : accounts()) {
            try {
                book.bind(account, holder, citizenUserId, Instant.now());
            } catch (AccountAlreadyBoundException boundBefore) {
                // an earlier start bound it
            }
            bound.add(account.key());
        }
        return new Summary(created, unchanged, bound);
    }

    private static String required(Map<String, String> functionEnvironment, String variable) {
        String value = functionEnvironment.get(variable);
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException(variable + " is not in the environment of BillsFunction");
        }
        return value;
    }

    /** The demo file split as providers upload theirs: one file per provider, each with the header. */
    private static Map<String, StringBuilder> filesByProvider() {
        Map<String, StringBuilder> files = new LinkedHashMap<>();
        try (BufferedReader lines = new BufferedReader(demoCsv())) {
            String header = lines.readLine();
            lines.lines().filter(line -> !line.isBlank()).forEach(line -> files
                    .computeIfAbsent(line.substring(0, line.indexOf(',')), provider -> new StringBuilder(header + "\n"))
                    .append(line).append('\n'));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return files;
    }

    static Reader demoCsv() {
        InputStream in = BillsSeed.class.getResourceAsStream(RESOURCE);
        if (in == null) {
            throw new IllegalStateException(RESOURCE + " is missing from the local platform's jar");
        }
        return new InputStreamReader(in, StandardCharsets.UTF_8);
    }

    private static List<ProviderAccount> accounts() {
        List<ProviderAccount> accounts = new ArrayList<>();
        try (BufferedReader lines = new BufferedReader(demoCsv())) {
            lines.lines().skip(1).filter(line -> !line.isBlank()).map(line -> line.split(","))
                    .map(fields -> new ProviderAccount(fields[0], fields[1]))
                    .filter(account -> !accounts.contains(account)).forEach(accounts::add);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return accounts;
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
