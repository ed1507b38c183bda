package cloud.citizen.local.lambda;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;

import com.sun.net.httpserver.HttpServer;

/**
 * Every JDK HTTP server of the platform is made here, so that TCP_NODELAY is switched on before
 * the JDK reads its server configuration (once, when the first server is created). Without it,
 * Nagle's algorithm plus the client's delayed ACK added ~40 ms to every warm invocation.
 */
public final class HttpServers {

    static {
        System.setProperty("sun.net.httpserver.nodelay", "true");
    }

    private HttpServers() {
    }

    /** A server on 127.0.0.1; port 0 picks a free one. */
    public static HttpServer loopback(int port, int backlog) {
        try {
            return HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), backlog);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot listen on 127.0.0.1:" + port, e);
        }
    }

    /** A server on the given address (the gateway may listen on every interface for a phone on the LAN). */
    public static HttpServer on(InetSocketAddress address, int backlog) {
        try {
            return HttpServer.create(address, backlog);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot listen on " + address, e);
        }
    }
}
