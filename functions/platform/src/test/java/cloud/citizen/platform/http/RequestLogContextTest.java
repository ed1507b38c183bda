package cloud.citizen.platform.http;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Proxy;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import com.amazonaws.services.lambda.runtime.Context;

import io.quarkus.vertx.http.runtime.QuarkusHttpHeaders;
import io.vertx.core.MultiMap;

class RequestLogContextTest {

    @Test
    void requestId_ofALambdaInvocation_isItsAwsRequestId() {
        QuarkusHttpHeaders headers = new QuarkusHttpHeaders();
        headers.setContextObject(Context.class, lambdaContext("8f0c2d4e-aws-request"));

        assertThat(RequestLogContext.requestIdOf(headers)).isEqualTo("8f0c2d4e-aws-request");
    }

    @Test
    void requestId_withoutALambdaContext_isAFreshUuid() {
        String first = RequestLogContext.requestIdOf(new QuarkusHttpHeaders());
        String second = RequestLogContext.requestIdOf(MultiMap.caseInsensitiveMultiMap());

        assertThat(UUID.fromString(first).toString()).isEqualTo(first);
        assertThat(UUID.fromString(second).toString()).isEqualTo(second);
        assertThat(first).isNotEqualTo(second);
    }

    @Test
    void requestId_ofAContextWithoutOne_isAFreshUuid() {
        QuarkusHttpHeaders headers = new QuarkusHttpHeaders();
        headers.setContextObject(Context.class, lambdaContext(null));

        String id = RequestLogContext.requestIdOf(headers);
        assertThat(UUID.fromString(id).toString()).isEqualTo(id);
    }

    private static Context lambdaContext(String awsRequestId) {
        return (Context) Proxy.newProxyInstance(Context.class.getClassLoader(), new Class<?>[] { Context.class },
                (proxy, method, args) -> method.getName().equals("getAwsRequestId") ? awsRequestId : null);
    }
}
