package cloud.citizen.emulator;

import java.net.URI;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Where the emulated services listen. Secrets Manager belongs to the stack (it answers from the
 * stack's local secrets), so the emulators alone leave it null until {@link #withSecretsManager}.
 */
public record AwsEndpoints(URI dynamoDb, URI sqs, URI s3, URI secretsManager) {

    public static final String DYNAMODB_VARIABLE = "CITIZEN_AWS_DYNAMODB_ENDPOINT";
    public static final String SQS_VARIABLE = "CITIZEN_AWS_SQS_ENDPOINT";
    public static final String S3_VARIABLE = "CITIZEN_AWS_S3_ENDPOINT";
    public static final String SECRETSMANAGER_VARIABLE = "CITIZEN_AWS_SECRETSMANAGER_ENDPOINT";

    public AwsEndpoints(URI dynamoDb, URI sqs, URI s3) {
        this(dynamoDb, sqs, s3, null);
    }

    public AwsEndpoints withSecretsManager(URI endpoint) {
        return new AwsEndpoints(dynamoDb, sqs, s3, endpoint);
    }

    /** The endpoints as the environment variables that the functions' AWS client producer reads. */
    public Map<String, String> asVariables() {
        Map<String, String> variables = new LinkedHashMap<>();
        variables.put(DYNAMODB_VARIABLE, dynamoDb.toString());
        variables.put(SQS_VARIABLE, sqs.toString());
        variables.put(S3_VARIABLE, s3.toString());
        if (secretsManager != null) {
            variables.put(SECRETSMANAGER_VARIABLE, secretsManager.toString());
        }
        return variables;
    }
}
