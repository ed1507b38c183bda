package cloud.citizen.platform.aws;

import software.amazon.awssdk.core.interceptor.Context;
import software.amazon.awssdk.core.interceptor.ExecutionAttributes;
import software.amazon.awssdk.core.interceptor.ExecutionInterceptor;
import software.amazon.awssdk.http.SdkHttpRequest;

/**
 * Lets the JDK send a request's small body in one piece instead of streaming it. The URL-connection
 * HTTP client puts every request that carries a Content-Length into fixed-length streaming mode, and
 * before a streamed POST on a kept-alive connection the JDK probes that connection with a blocking
 * read of 1 ms (it could not send a streamed body again if the server had closed it): about 1.2 ms of
 * every DynamoDB or SQS call, on AWS as locally. Without the header the JDK buffers the body, sets
 * Content-Length itself and, should a kept-alive connection turn out closed, sends the POST once more
 * on a new one ({@code sun.net.http.retryPost}), which the probe was there to make safe.
 * Removed before signing, so the header is simply not among the signed ones. Only for clients whose
 * bodies are small JSON documents (DynamoDB, SQS), never for S3 uploads.
 */
final class BufferedRequestBody implements ExecutionInterceptor {
    static final String CONTENT_LENGTH = "Content-Length";

    @Override
    public SdkHttpRequest modifyHttpRequest(Context.ModifyHttpRequest context, ExecutionAttributes attributes) {
        SdkHttpRequest request = context.httpRequest();
        return request.firstMatchingHeader(CONTENT_LENGTH).isPresent()
                ? request.toBuilder().removeHeader(CONTENT_LENGTH).build()
                : request;
    }
}
