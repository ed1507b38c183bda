package cloud.citizen.accounts;

import java.time.Clock;

import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.sqs.SqsClient;

import cloud.citizen.accounts.crypto.AccessTokenIssuer;
import cloud.citizen.accounts.crypto.Argon2idPasswordHasher;
import cloud.citizen.accounts.crypto.PiiProtector;
import cloud.citizen.accounts.crypto.RefreshTokens;
import cloud.citizen.accounts.crypto.SmsCodeHasher;
import cloud.citizen.accounts.domain.PasswordHasher;
import cloud.citizen.accounts.store.AccountsTable;
import cloud.citizen.platform.outbox.Outbox;

/** Builds the accounts function's plain-Java parts from its configuration (template.yaml environment). */
public class AccountsWiring {

    @Produces
    @Singleton
    Outbox outbox(DynamoDbClient dynamo, SqsClient sqs, AccountsTable table, Clock clock) {
        return new Outbox(dynamo, sqs, table.name(), clock);
    }

    @Produces
    @Singleton
    PasswordHasher passwordHasher() {
        return new Argon2idPasswordHasher();
    }

    @Produces
    @Singleton
    AccessTokenIssuer accessTokenIssuer(@ConfigProperty(name = "citizen.accounts.signing-key") String privateJwk,
            @ConfigProperty(name = "citizen.auth.issuer") String issuer,
            @ConfigProperty(name = "citizen.auth.audience") String audience, Clock clock) {
        return new AccessTokenIssuer(privateJwk, issuer, audience, clock);
    }

    @Produces
    @Singleton
    RefreshTokens refreshTokens() {
        return new RefreshTokens();
    }

    @Produces
    @Singleton
    PiiProtector piiProtector(@ConfigProperty(name = "citizen.accounts.pii-hash-key") String hashKey,
            @ConfigProperty(name = "citizen.accounts.pii-encryption-key") String encryptionKey) {
        return new PiiProtector(hashKey, encryptionKey);
    }

    @Produces
    @Singleton
    SmsCodeHasher smsCodeHasher(@ConfigProperty(name = "citizen.accounts.pii-hash-key") String hashKey) {
        return new SmsCodeHasher(hashKey);
    }
}
