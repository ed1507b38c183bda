package cloud.citizen.bills.events;

import static cloud.citizen.bills.testing.BillsFixtures.billId;
import static cloud.citizen.bills.testing.BillsFixtures.billStatus;
import static cloud.citizen.bills.testing.BillsFixtures.item;
import static cloud.citizen.bills.testing.BillsFixtures.newAccount;
import static cloud.citizen.bills.testing.BillsFixtures.newProvider;
import static cloud.citizen.bills.testing.BillsFixtures.stateItemCount;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.NoSuchKeyException;

import cloud.citizen.bills.testing.BillsFixtures;
import cloud.citizen.emulator.testing.EmulatedAwsResource;
import cloud.citizen.emulator.testing.EmulatedAwsTest;
import cloud.citizen.emulator.testing.LambdaEvents;
import io.quarkus.test.junit.QuarkusTest;

/** The import function through its real entry point: an S3 event for a file in the import bucket. */
@QuarkusTest
@EmulatedAwsTest(parameters = BillsFixtures.SANDBOX_ON)
class BillImportHandlerTest {
    private final S3Client s3 = EmulatedAwsResource.aws().s3();
    private final String bucket = EmulatedAwsResource.resources().bucketName("BillsImportBucket");
    private final BillImportHandler handler = new BillImportHandler(
            BillsFixtures.componentsOf("BillsImportFunction"));

    @Test
    void fileWithGoodAndBadRows_importsTheGood_andReportsTheBadNextToTheUpload() {
        String provider = newProvider();
        String good1 = newAccount();
        String good2 = newAccount();
        String csv = BillsFixtures.HEADER
                + provider + "," + good1 + ",water,2026-10,4630,2026-11-25,张三明\n"
                + provider + ",bad#account,water,2026-10,4630,2026-11-25,张三明\n"
                + provider + "," + good2 + ",gas,2026-10,8900,2026-11-20,李四\n"
                + provider + "," + good1 + ",water,2026-11,-1,2026-12-25,张三明\n";
        String key = "imports/" + provider + "/bills 2026-10.csv";

        Map<String, Object> summary = upload(key, csv);

        assertThat(summary).containsEntry("rows", 4).containsEntry("created", 2).containsEntry("rejected", 2)
                .containsEntry("errorsKey", "imports/" + provider + "/bills 2026-10.csv.errors");
        assertThat(billStatus(billId(provider, good1, "2026-10"))).isEqualTo("unpaid");
        assertThat(item("BILL#" + billId(provider, good2, "2026-10"), "BILL").get("amountFen").n()).isEqualTo("8900");
        assertThat(item("ACCOUNT#" + provider + "#" + good1, "ACCOUNT")).isNotEmpty();
        String errors = read("imports/" + provider + "/bills 2026-10.csv.errors");
        assertThat(errors.lines().toList()).containsExactly("line,reason",
                "3,\"accountNumber: must be 4 to 32 letters, digits or dashes\"",
                "5,amountFen: must be a whole number of fen from 1 to 100000000");
    }

    @Test
    void sameFileAgain_changesNothing_evenForABillPaidMeanwhile() {
        String provider = newProvider();
        StringBuilder csv = new StringBuilder(BillsFixtures.HEADER);
        for (int i = 0; i < 250; i++) {
            csv.append(provider).append(",A").append(10_000 + i).append(",electricity,2026-10,").append(1000 + i)
                    .append(",2026-11-20,王五\n");
        }
        String key = "imports/" + provider + "/2026-10.csv";
        assertThat(upload(key, csv.toString())).containsEntry("created", 250);
        String paid = billId(provider, "A10007", "2026-10");
        BillsFixtures.markPaid(paid);
        int items = stateItemCount();

        Map<String, Object> again = upload(key, csv.toString());

        assertThat(again).containsEntry("created", 0).containsEntry("unchanged", 250).containsEntry("rejected", 0);
        assertThat(stateItemCount()).isEqualTo(items);
        assertThat(billStatus(paid)).isEqualTo("paid");
    }

    @Test
    void correctedUpload_removesTheOldErrorFile() {
        String provider = newProvider();
        String key = "imports/" + provider + "/bills.csv";
        upload(key, BillsFixtures.HEADER + provider + ",A1001,water,2026-10,abc,2026-11-25,王五\n");
        assertThat(read(key + ".errors")).contains("amountFen");

        Map<String, Object> summary = upload(key, BillsFixtures.HEADER + provider + ",A1001,water,2026-10,100,2026-11-25,王五\n");

        assertThat(summary).containsEntry("created", 1).containsEntry("rejected", 0);
        assertThat(exists(key + ".errors")).isFalse();
    }

    @Test
    void rowsOfAnotherProvider_areBadRows_andCreateNothing() {
        String provider = newProvider();
        String other = newProvider();
        String mine = newAccount();
        String theirs = newAccount();
        String key = "imports/" + provider + "/2026-10.csv";

        Map<String, Object> summary = upload(key, BillsFixtures.HEADER
                + provider + "," + mine + ",water,2026-10,4630,2026-11-25,张三明\n"
                + other + "," + theirs + ",water,2026-10,4630,2026-11-25,张三明\n");

        assertThat(summary).containsEntry("created", 1).containsEntry("rejected", 1);
        assertThat(read(key + ".errors").lines().toList()).containsExactly("line,reason",
                "3,\"provider: must be " + provider + ", the provider whose folder the file is in\"");
        assertThat(item("BILL#" + billId(other, theirs, "2026-10"), "BILL")).isEmpty();
        assertThat(item("ACCOUNT#" + other + "#" + theirs, "ACCOUNT")).isEmpty();
    }

    @Test
    void fileOutsideAProvidersFolder_isRefusedWhole_andTheRefusalReported() {
        String provider = newProvider();
        String account = newAccount();
        int items = stateItemCount();

        for (String key : List.of("imports/" + provider + ".csv", "imports/Not A Provider/" + provider + ".csv")) {
            Map<String, Object> summary = upload(key, BillsFixtures.HEADER
                    + provider + "," + account + ",water,2026-10,4630,2026-11-25,张三明\n");

            assertThat(summary).containsEntry("created", 0).containsEntry("rejected", 1);
            assertThat(read(key + ".errors")).contains("imports/{provider}/");
        }
        assertThat(stateItemCount()).isEqualTo(items);
    }

    @Test
    void eventForItsOwnErrorFile_isIgnored() {
        assertThat(handler.handleRequest(LambdaEvents.s3Put(bucket, "imports/x.csv.errors", 10), null)).isEmpty();
    }

    private Map<String, Object> upload(String key, String csv) {
        byte[] bytes = csv.getBytes(StandardCharsets.UTF_8);
        s3.putObject(put -> put.bucket(bucket).key(key), RequestBody.fromBytes(bytes));
        List<Map<String, Object>> summaries = handler.handleRequest(LambdaEvents.s3Put(bucket, key, bytes.length), null);
        assertThat(summaries).hasSize(1);
        return summaries.get(0);
    }

    private String read(String key) {
        return s3.getObjectAsBytes(get -> get.bucket(bucket).key(key)).asString(StandardCharsets.UTF_8);
    }

    private boolean exists(String key) {
        try {
            s3.headObject(head -> head.bucket(bucket).key(key));
            return true;
        } catch (NoSuchKeyException e) {
            return false;
        } catch (software.amazon.awssdk.services.s3.model.S3Exception e) {
            if (e.statusCode() == 404) {
                return false;
            }
            throw e;
        }
    }
}
