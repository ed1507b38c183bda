package cloud.citizen.platform.http;

import jakarta.enterprise.event.Observes;
import jakarta.inject.Singleton;

import io.vertx.core.http.HttpServerResponse;
import io.vertx.ext.web.Router;

import cloud.citizen.platform.problem.ErrorCodes;

/**
 * Requests that match no resource never reach the JAX-RS exception mappers, so the last Vert.x
 * route answers them with a problem+json 404 instead of an HTML page.
 */
@Singleton
public class UnknownRoutes {
    static final String BODY = "{\"type\":\"https://citizen-cloud.example/problems/not-found\",\"title\":\"Not found\","
            + "\"status\":404,\"detail\":\"No such resource or route.\",\"code\":\"" + ErrorCodes.NOT_FOUND + "\",\"errors\":[]}";

    void register(@Observes Router router) {
        router.route().last().handler(context -> {
            HttpServerResponse response = context.response();
            response.setStatusCode(404).putHeader("Content-Type", "application/problem+json").end(BODY);
        });
    }

}
