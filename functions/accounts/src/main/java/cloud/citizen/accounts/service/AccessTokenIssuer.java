package cloud.citizen.accounts.service;

/** Port: signs access tokens and publishes the public keys that verify them. */
public interface AccessTokenIssuer {

    AccessToken issue(AccessTokenSubject subject);

    /** The JWK Set document with the public half of the signing key only. */
    String jwksJson();
}
