package cloud.citizen.local.apidocs;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;

class OpenApiPageTest {

    /** The page must work with no network: everything inline, the only fetch is the gateway's own document. */
    @Test
    void page_loadsNothingFromOutsideTheLocalGateway() throws IOException {
        String page;
        try (InputStream in = OpenApiPageTest.class.getResourceAsStream("/local-pages/openapi.html")) {
            page = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        assertThat(page).doesNotContainPattern("(?i)(src|href)\\s*=\\s*[\"']?(https?:)?//")
                .doesNotContainPattern("(?i)@import|<link ")
                .contains("fetch('/_local/openapi.json')");
    }

    @Test
    void problemTypePath_leadsToItsCatalogueEntry() {
        assertThat(ApiDocsPages.catalogueEntryFor("/problems/slot-full")).contains("/_local/errors#slot-full");
        assertThat(ApiDocsPages.catalogueEntryFor("/problems/")).isEmpty();
        assertThat(ApiDocsPages.catalogueEntryFor("/v1/problems/x")).isEmpty();
    }
}
