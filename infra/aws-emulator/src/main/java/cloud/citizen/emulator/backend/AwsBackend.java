package cloud.citizen.emulator.backend;

import cloud.citizen.emulator.AwsEndpoints;

/** Running implementations of DynamoDB, SQS and S3; closing stops them. */
public interface AwsBackend extends AutoCloseable {

    AwsEndpoints endpoints();

    @Override
    void close();
}
