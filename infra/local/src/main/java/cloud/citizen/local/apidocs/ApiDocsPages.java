package cloud.citizen.local.apidocs;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Optional;

import cloud.citizen.emulator.template.SamTemplate;
import cloud.citizen.local.Json;

/**
 * The API's documentation on the local gateway, all offline (no CDN): {@code /_local/openapi.json}
 * (the merged OpenAPI document), {@code /_local/openapi} (a small self-contained page that renders
 * it), {@code /_local/errors} and {@code /_local/errors.json} (the error catalogue). The document is
 * merged on each request, so a function rebuilt while the platform runs shows up at once.
 */
public final class ApiDocsPages {
    /** A page's media type and bytes. */
    public record Page(String contentType, byte[] body) {
    }

    private static final String HTML = "text/html; charset=utf-8";
    private static final String JSON = "application/json";

    private final SamTemplate template;
    private final Path repositoryRoot;
    private volatile ErrorCatalogue catalogue;

    public ApiDocsPages(SamTemplate template, Path repositoryRoot) {
        this.template = template;
        this.repositoryRoot = repositoryRoot;
    }

    public Optional<Page> page(String path) {
        return switch (path) {
            case "/_local/openapi.json" -> Optional.of(new Page(JSON, Json.bytes(ApiDocument.merge(template, repositoryRoot).document())));
            case "/_local/openapi" -> Optional.of(new Page(HTML, resource("openapi.html")));
            case "/_local/errors.json" -> Optional.of(new Page(JSON, Json.bytes(catalogue().codes().values())));
            case "/_local/errors" -> Optional.of(new Page(HTML, ErrorPage.html(catalogue()).getBytes(StandardCharsets.UTF_8)));
            default -> Optional.empty();
        };
    }

    /** Where a problem's {@code type} path ({@code /problems/slot-full}) leads locally: its catalogue entry. */
    public static Optional<String> catalogueEntryFor(String path) {
        return path.startsWith("/problems/") && path.length() > "/problems/".length()
                ? Optional.of("/_local/errors#" + path.substring("/problems/".length()))
                : Optional.empty();
    }

    private ErrorCatalogue catalogue() {
        if (catalogue == null) {
            catalogue = ErrorCatalogue.fromClassPath();
        }
        return catalogue;
    }

    private static byte[] resource(String name) {
        try (InputStream in = ApiDocsPages.class.getResourceAsStream("/local-pages/" + name)) {
            if (in == null) {
                throw new IllegalStateException("missing resource local-pages/" + name);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
