package cloud.citizen.accounts.service;

import java.util.List;

import cloud.citizen.accounts.domain.OwnedUnit;

/** What GET /v1/me shows: the account and the units its citizen owns. */
public record Profile(Account account, List<OwnedUnit> units) {

    public Profile {
        units = List.copyOf(units);
    }
}
