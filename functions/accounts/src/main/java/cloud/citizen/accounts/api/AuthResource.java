package cloud.citizen.accounts.api;

import java.util.Map;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPEvent;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;

import cloud.citizen.accounts.AccountsComponents;
import cloud.citizen.accounts.api.AuthRequests.LoginRequest;
import cloud.citizen.accounts.api.AuthRequests.RefreshRequest;
import cloud.citizen.accounts.api.AuthRequests.RegisterRequest;
import cloud.citizen.accounts.api.AuthRequests.SmsCodeRequest;
import cloud.citizen.accounts.domain.AccountLockedException;
import cloud.citizen.accounts.domain.BadCredentialsException;
import cloud.citizen.accounts.domain.BadRefreshTokenException;
import cloud.citizen.accounts.domain.BadSmsCodeException;
import cloud.citizen.accounts.domain.PhoneTakenException;
import cloud.citizen.accounts.domain.TooManyCodesException;
import cloud.citizen.accounts.domain.WeakPasswordException;
import cloud.citizen.apidocs.Refuses;
import cloud.citizen.platform.auth.Public;
import cloud.citizen.platform.idempotency.IdempotencyKeyIgnored;

/**
 * Sign-up and sign-in: everything here is reachable without an access token. The routes that answer
 * with tokens ignore Idempotency-Key: tokens are never stored at rest nor handed out twice, and a
 * repeated refresh must meet the reused-token rule (its family is revoked), not a replay.
 */
@Path("/v1/auth")
@Public
// JSON only: a text/plain body would otherwise be fed to the one-string request records' constructors
@Consumes(MediaType.APPLICATION_JSON)
public class AuthResource {
    private final AccountsComponents components;

    public AuthResource(AccountsComponents components) {
        this.components = components;
    }

    @POST
    @Path("/sms-codes")
    @APIResponse(responseCode = "202", description = "Accepted")
    @Refuses(TooManyCodesException.class)
    public Response sendSmsCode(SmsCodeRequest request, @Context APIGatewayV2HTTPEvent event) {
        long expiresIn = components.smsCodes().send(AuthValidation.smsCode(request), SourceAddress.of(event));
        return Response.accepted(Map.of("expiresInSeconds", expiresIn)).build();
    }

    @POST
    @Path("/register")
    @IdempotencyKeyIgnored
    @APIResponse(responseCode = "201", description = "Created")
    @Refuses(BadSmsCodeException.class)
    @Refuses(PhoneTakenException.class)
    @Refuses(WeakPasswordException.class)
    public Response register(RegisterRequest request) {
        return Response.status(201).entity(TokensResponse.of(components.registration().register(AuthValidation.register(request))))
                .build();
    }

    @POST
    @Path("/login")
    @IdempotencyKeyIgnored
    @Refuses(BadCredentialsException.class)
    @Refuses(AccountLockedException.class)
    @Refuses(BadSmsCodeException.class)
    public TokensResponse login(LoginRequest request) {
        return TokensResponse.of(components.login().login(AuthValidation.login(request)));
    }

    @POST
    @Path("/refresh")
    @IdempotencyKeyIgnored
    @Refuses(BadRefreshTokenException.class)
    public TokensResponse refresh(RefreshRequest request) {
        return TokensResponse.of(components.sessions().refresh(AuthValidation.refreshToken(request)));
    }

    @POST
    @Path("/logout")
    @IdempotencyKeyIgnored
    @APIResponse(responseCode = "204", description = "No content")
    public Response logout(RefreshRequest request) {
        components.sessions().logout(AuthValidation.refreshToken(request));
        return Response.noContent().build();
    }
}
