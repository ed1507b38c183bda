package cloud.citizen.bills.domain;

import java.time.Instant;

/** An account a citizen bound: the holder's name only masked (张*明), as responses show it. */
public record BoundAccount(ProviderAccount account, String maskedHolderName, Instant boundAt) {
}
