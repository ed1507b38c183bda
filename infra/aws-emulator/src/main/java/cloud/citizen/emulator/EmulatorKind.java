package cloud.citizen.emulator;

import java.util.Locale;

/** Which implementation serves DynamoDB, SQS and S3: chosen with {@code -Daws.emulator=embedded|localstack}. */
public enum EmulatorKind {
    /** dynoxide (subprocess), ElasticMQ and S3Proxy (in this JVM): no Docker needed. */
    EMBEDDED,
    /** LocalStack in Docker through Testcontainers. */
    LOCALSTACK;

    public static final String PROPERTY = "aws.emulator";

    public static EmulatorKind fromSystemProperty() {
        String value = System.getProperty(PROPERTY, "").trim().toLowerCase(Locale.ROOT);
        return switch (value) {
            case "", "embedded", "${aws.emulator}" -> EMBEDDED;
            case "localstack" -> LOCALSTACK;
            default -> throw new IllegalArgumentException("-D" + PROPERTY + "=" + value
                    + ": expected embedded or localstack");
        };
    }
}
