package cloud.citizen.accounts.domain;

/** The outcome of {@link IdNumber#parse}: the number, or the first rule it breaks. */
public sealed interface IdNumberCheck {

    record Valid(IdNumber idNumber) implements IdNumberCheck {
    }

    record Invalid(IdNumberRule brokenRule) implements IdNumberCheck {
    }
}
