package cloud.citizen.bills.seed;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import software.amazon.awssdk.services.dynamodb.DynamoDbClient;

import cloud.citizen.bills.domain.AccountAlreadyBoundException;
import cloud.citizen.bills.domain.ProviderAccount;
import cloud.citizen.bills.service.BillImport;
import cloud.citizen.bills.service.ImportReport;
import cloud.citizen.bills.store.BillsTable;
import cloud.citizen.bills.store.DynamoBillBook;
import cloud.citizen.bills.store.DynamoBillLoader;
import cloud.citizen.platform.paging.CursorCodec;

/**
 * Demo data for the local platform: the bills of {@value #RESOURCE} (water, electricity, gas,
 * property and school fees, and one account the sandbox declines), imported exactly as the import
 * function would, with every account bound to one citizen. Safe to run at every start: the import
 * changes nothing the second time and binding one's own account again is fine.
 * <pre>
 * DemoBills.seed(stack.aws().dynamoDb(), stack.environmentOf("BillsFunction"), userIdOfTheDemoCitizen);
 * </pre>
 * The same file can be uploaded to the import bucket as {@code imports/demo-bills.csv} to watch the
 * S3-triggered import instead.
 */
public final class DemoBills {
    public static final String RESOURCE = "/seed/demo-bills.csv";

    /** What seeding did; accounts already bound to someone else are left alone and listed. */
    public record SeedSummary(int billsCreated, int billsUnchanged, List<String> accountsBound,
            List<String> accountsBoundToSomeoneElse) {
    }

    private DemoBills() {
    }

    /** @param functionEnvironment the environment of BillsFunction (BILLS_TABLE is what is read) */
    public static SeedSummary seed(DynamoDbClient dynamo, Map<String, String> functionEnvironment, String citizenUserId) {
        BillsTable table = new BillsTable(required(functionEnvironment, "BILLS_TABLE"));
        ImportReport report;
        try (Reader csv = demoCsv()) {
            report = new BillImport(new DynamoBillLoader(dynamo, table), 2).run(csv);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the demo bills", e);
        }
        // the cursor key only signs list cursors, which binding does not produce
        DynamoBillBook book = new DynamoBillBook(dynamo, table, new CursorCodec("seeding-needs-no-cursors"));
        List<String> bound = new ArrayList<>();
        List<String> taken = new ArrayList<>();
        for (ProviderAccount account : accounts()) {
            try {
                book.bind(account, citizenUserId, Instant.now());
                bound.add(account.key());
            } catch (AccountAlreadyBoundException e) {
                taken.add(account.key());
            }
        }
        return new SeedSummary(report.created(), report.unchanged(), bound, taken);
    }

    /** The demo file itself, e.g. to upload it to the import bucket. */
    public static Reader demoCsv() {
        InputStream in = DemoBills.class.getResourceAsStream(RESOURCE);
        if (in == null) {
            throw new IllegalStateException(RESOURCE + " is missing from the jar");
        }
        return new InputStreamReader(in, StandardCharsets.UTF_8);
    }

    private static List<ProviderAccount> accounts() {
        List<ProviderAccount> accounts = new ArrayList<>();
        try (Reader csv = demoCsv(); java.io.BufferedReader lines = new java.io.BufferedReader(csv)) {
            lines.lines().skip(1).filter(line -> !line.isBlank()).map(line -> line.split(","))
                    .map(fields -> new ProviderAccount(fields[0], fields[1]))
                    .filter(account -> !accounts.contains(account)).forEach(accounts::add);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return accounts;
    }

    private static String required(Map<String, String> environment, String name) {
        String value = environment.get(name);
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException(name + " is not in the given environment");
        }
        return value;
    }
}
