package cloud.citizen.catalog;

import java.time.Duration;

import cloud.citizen.platform.config.Environment;

/**
 * Names from template.yaml, read once. {@code CATALOG_REFRESH_SECONDS} (default 30, at most 60:
 * API.md promises readers see changes within 60 s) is how old an instance's copy may grow.
 */
public record CatalogSettings(String table, Duration refreshInterval) {
    static final int MAX_REFRESH_SECONDS = 60;

    public CatalogSettings {
        if (refreshInterval.isNegative() || refreshInterval.compareTo(Duration.ofSeconds(MAX_REFRESH_SECONDS)) > 0) {
            throw new IllegalStateException("CATALOG_REFRESH_SECONDS must be 0 to " + MAX_REFRESH_SECONDS);
        }
    }

    public static CatalogSettings from(Environment env) {
        return new CatalogSettings(env.required("CATALOG_TABLE"),
                Duration.ofSeconds(Long.parseLong(env.optional("CATALOG_REFRESH_SECONDS").orElse("30"))));
    }
}
