package cloud.citizen.accounts.service;

/** A verified profile and the fresh tokens whose access token already says so. */
public record RealNameVerification(Profile profile, Tokens tokens) {
}
