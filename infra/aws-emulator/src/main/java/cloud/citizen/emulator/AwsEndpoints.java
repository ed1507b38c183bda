package cloud.citizen.emulator;

import java.net.URI;
import java.util.LinkedHashMap;
import java.util.Map;

/** Where the emulated services listen. */
public record AwsEndpoints(URI dynamoDb, URI sqs, URI s3) {

    public static final String DYNAMODB_VARIABLE = "CITIZEN_AWS_DYNAMODB_ENDPOINT";
    public static final String SQS_VARIABLE = "CITIZEN_AWS_SQS_ENDPOINT";
    public static final String S3_VARIABLE = "CITIZEN_AWS_S3_ENDPOINT";

    /** The endpoints as the environment variables that the functions' AWS client producer reads. */
    public Map<String, String> asVariables() {
        Map<String, String> variables = new LinkedHashMap<>();
        variables.put(DYNAMODB_VARIABLE, dynamoDb.toString());
        variables.put(SQS_VARIABLE, sqs.toString());
        variables.put(S3_VARIABLE, s3.toString());
        return variables;
    }
}
