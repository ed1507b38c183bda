package cloud.citizen.accounts;

import java.time.Clock;

import software.amazon.awssdk.services.dynamodb.DynamoDbClient;

import cloud.citizen.accounts.AccountsSettings.ApiSettings;
import cloud.citizen.accounts.domain.PasswordHasher;
import cloud.citizen.accounts.domain.crypto.PiiProtector;
import cloud.citizen.accounts.domain.crypto.RefreshTokens;
import cloud.citizen.accounts.domain.crypto.SmsCodeHasher;
import cloud.citizen.accounts.events.AccountsMessages;
import cloud.citizen.accounts.service.AccessTokenIssuer;
import cloud.citizen.accounts.service.AccountStore;
import cloud.citizen.accounts.service.Login;
import cloud.citizen.accounts.service.OwnedUnitsStore;
import cloud.citizen.accounts.service.Profiles;
import cloud.citizen.accounts.service.Registration;
import cloud.citizen.accounts.service.Sessions;
import cloud.citizen.accounts.service.SmsCodeStore;
import cloud.citizen.accounts.service.SmsCodes;
import cloud.citizen.accounts.service.UnitOwnershipUpdates;
import cloud.citizen.accounts.store.AccountsTable;
import cloud.citizen.accounts.store.DynamoAccountStore;
import cloud.citizen.accounts.store.DynamoLoginAttemptStore;
import cloud.citizen.accounts.store.DynamoOwnedUnits;
import cloud.citizen.accounts.store.DynamoRealNameAttempts;
import cloud.citizen.accounts.store.DynamoRefreshTokenStore;
import cloud.citizen.accounts.store.DynamoSmsCodeStore;
import cloud.citizen.accounts.store.DynamoSmsSourceBudget;
import cloud.citizen.accounts.store.QueuedSmsSender;
import cloud.citizen.accounts.store.crypto.Argon2idPasswordHasher;
import cloud.citizen.accounts.store.crypto.JwtAccessTokenIssuer;
import cloud.citizen.platform.aws.AwsClients;
import cloud.citizen.platform.config.Environment;
import cloud.citizen.platform.config.Lazy;
import cloud.citizen.platform.outbox.Outbox;

/**
 * Builds the accounts capability's adapters and use cases; the one place that knows how they fit.
 * The HTTP API's use cases need keys that only AccountsFunction has (see {@link AccountsSettings}),
 * so they are built only there; the unit-ownership consumer needs the table alone.
 */
public final class AccountsComponents {
    private final Lazy<UnitOwnershipUpdates> unitOwnershipUpdates;
    private final AccessTokenIssuer accessTokens;
    private final String tokenIssuer;
    private final Lazy<Api> api;

    /**
     * Builds only what the key documents need (the signing key, already read with the settings);
     * the stores, the SDK clients behind them and the password hasher are built by the first
     * request that uses them, so a cold instance asked for its JWKS (API Gateway's authorizer,
     * the other functions) answers without a DynamoDB or SQS client.
     */
    public AccountsComponents(AccountsSettings settings, AwsClients aws, Clock clock) {
        AccountsTable table = new AccountsTable(settings.table());
        Lazy<OwnedUnitsStore> ownedUnits = Lazy.of(() -> new DynamoOwnedUnits(aws.dynamoDb(), table, clock));
        this.unitOwnershipUpdates = Lazy.of(() -> new UnitOwnershipUpdates(ownedUnits.get()));
        this.accessTokens = settings.api().map(apiSettings -> new JwtAccessTokenIssuer(apiSettings.signingKey(),
                apiSettings.tokenIssuer(), apiSettings.tokenAudience(), clock)).orElse(null);
        this.tokenIssuer = settings.api().map(ApiSettings::tokenIssuer).orElse(null);
        this.api = settings.api().map(apiSettings -> Lazy.of(
                () -> new Api(apiSettings, settings, table, aws, ownedUnits.get(), accessTokens, clock))).orElse(null);
    }

    /** For queue and schedule handlers, which run without CDI. */
    public static AccountsComponents fromEnvironment() {
        Environment env = Environment.system();
        return new AccountsComponents(AccountsSettings.from(env), AwsClients.from(env), Clock.systemUTC());
    }

    public UnitOwnershipUpdates unitOwnershipUpdates() {
        return unitOwnershipUpdates.get();
    }

    public SmsCodes smsCodes() {
        return api().smsCodes;
    }

    public Registration registration() {
        return api().registration;
    }

    public Login login() {
        return api().login;
    }

    public Sessions sessions() {
        return api().sessions;
    }

    public Profiles profiles() {
        return api().profiles;
    }

    public AccessTokenIssuer accessTokens() {
        return withApi(accessTokens);
    }

    /** The {@code iss} of our access tokens, which API Gateway's authorizer discovers keys from. */
    public String tokenIssuer() {
        return withApi(tokenIssuer);
    }

    private Api api() {
        return withApi(api).get();
    }

    private static <T> T withApi(T part) {
        if (part == null) {
            throw new IllegalStateException("ACCESS_TOKEN_SIGNING_KEY is not set: this function serves no HTTP API");
        }
        return part;
    }

    /** The HTTP API's use cases and the adapters behind them. */
    private static final class Api {
        final SmsCodes smsCodes;
        final Registration registration;
        final Login login;
        final Sessions sessions;
        final Profiles profiles;

        Api(ApiSettings settings, AccountsSettings limits, AccountsTable table, AwsClients aws, OwnedUnitsStore ownedUnits,
                AccessTokenIssuer accessTokens, Clock clock) {
            DynamoDbClient dynamo = aws.dynamoDb();
            Outbox outbox = new Outbox(dynamo, aws::sqs, table.name(), clock);
            AccountsMessages messages = new AccountsMessages(settings.notificationsQueueUrl(),
                    settings.statsQueueUrl(), settings.userDirectoryQueueUrl());
            PiiProtector pii = new PiiProtector(settings.piiHashKey(), settings.piiEncryptionKey());
            SmsCodeHasher codeHasher = new SmsCodeHasher(settings.piiHashKey());
            PasswordHasher passwords = new Argon2idPasswordHasher();
            AccountStore accounts = new DynamoAccountStore(dynamo, table, outbox, messages, clock);
            SmsCodeStore codes = new DynamoSmsCodeStore(dynamo, table);
            this.sessions = new Sessions(new DynamoRefreshTokenStore(dynamo, table, outbox, messages), accounts,
                    accessTokens, new RefreshTokens(), clock);
            this.smsCodes = new SmsCodes(codes,
                    new DynamoSmsSourceBudget(dynamo, table, limits.smsCodesPerSourceIpPerHour()), accounts,
                    new QueuedSmsSender(aws::sqs, messages), pii, codeHasher, clock);
            this.registration = new Registration(accounts, codes, sessions, passwords, pii, codeHasher, clock);
            this.login = new Login(accounts, new DynamoLoginAttemptStore(dynamo, table), codes, sessions, passwords,
                    pii, codeHasher, clock);
            this.profiles = new Profiles(accounts, ownedUnits, new DynamoRealNameAttempts(dynamo, table), sessions, pii,
                    clock);
        }
    }
}
