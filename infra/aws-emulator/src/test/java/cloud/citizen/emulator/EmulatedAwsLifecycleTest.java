package cloud.citizen.emulator;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URI;
import java.time.Duration;
import java.util.Optional;
import java.util.logging.Logger;

import org.junit.jupiter.api.Test;

class EmulatedAwsLifecycleTest {

    private static final Logger LOG = Logger.getLogger(EmulatedAwsLifecycleTest.class.getName());

    @Test
    void start_listensOnLoopback_andCloseStopsEverything_includingTheDynoxideProcess() {
        EmulatedAws aws = EmulatedAws.start(EmulatorOptions.inMemory().withKind(EmulatorKind.EMBEDDED));
        AwsEndpoints endpoints = aws.endpoints();
        LOG.info(() -> "start-up of the three emulators: " + aws.startupTime().toMillis() + " ms");
        assertThat(aws.startupTime()).isLessThan(Duration.ofSeconds(10)); // generous: the build machine is shared
        assertThat(endpoints.dynamoDb().getHost()).isEqualTo("127.0.0.1");
        Optional<ProcessHandle> dynoxide = ProcessHandle.current().children()
                .filter(child -> child.info().command().orElse("").endsWith("dynoxide")).findFirst();
        assertThat(dynoxide).isPresent();
        assertThat(aws.dynamoDb().listTables().tableNames()).isEmpty();

        aws.close();

        assertThat(dynoxide.get().isAlive()).isFalse();
        assertThat(answers(endpoints.dynamoDb())).isFalse();
        assertThat(answers(endpoints.sqs())).isFalse();
        assertThat(answers(endpoints.s3())).isFalse();
    }

    @Test
    void connect_givesClientsForEmulatorsStartedElsewhere_andLeavesThemRunning() {
        try (EmulatedAws owner = EmulatedAws.start(EmulatorOptions.inMemory().withKind(EmulatorKind.EMBEDDED))) {
            EmulatedAws guest = EmulatedAws.connect(owner.endpoints());
            guest.sqs().createQueue(b -> b.queueName("Shared"));
            guest.close();
            assertThat(owner.sqs().listQueues().queueUrls()).anyMatch(url -> url.endsWith("/Shared"));
        }
    }

    private static boolean answers(URI endpoint) {
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress(endpoint.getHost(), endpoint.getPort()), 200);
            return true;
        } catch (IOException refused) {
            return false;
        }
    }
}
