package cloud.citizen.accounts;

import java.time.Clock;

import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;

import cloud.citizen.platform.aws.AwsClients;
import cloud.citizen.platform.config.Environment;

/** Hands the components to the HTTP layer. */
public class AccountsComponentsProducer {

    @Produces
    @Singleton
    AccountsComponents components(AwsClients aws) {
        return new AccountsComponents(AccountsSettings.from(Environment.config()), aws, Clock.systemUTC());
    }
}
