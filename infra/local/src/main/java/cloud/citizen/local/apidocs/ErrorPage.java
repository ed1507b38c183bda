package cloud.citizen.local.apidocs;

/** The error catalogue as one HTML page, an anchor per code (the slug of the problem {@code type}). */
final class ErrorPage {
    private ErrorPage() {
    }

    static String html(ErrorCatalogue catalogue) {
        StringBuilder rows = new StringBuilder();
        for (ErrorCatalogue.Code code : catalogue.codes().values()) {
            rows.append("<tr id=\"").append(code.slug()).append("\"><td><code>").append(escape(code.code()))
                    .append("</code></td><td>").append(escape(code.statuses().toString().replaceAll("[\\[\\]]", "")))
                    .append("</td><td>").append(escape(String.join(" / ", code.meanings())))
                    .append("</td><td>").append(escape(String.join(" / ", code.hints())))
                    .append("</td><td>").append(escape(String.join(", ", code.sources()))).append("</td></tr>\n");
        }
        return """
                <!doctype html>
                <html lang="en"><head><meta charset="utf-8"><title>citizen-cloud error catalogue</title>
                <style>body{font:14px system-ui,sans-serif;margin:2em}table{border-collapse:collapse}
                td,th{border:1px solid #ccc;padding:4px 8px;text-align:left;vertical-align:top}tr:target{background:#ffd}</style>
                </head><body><h1>Error catalogue</h1>
                <p>Each problem+json answer's <code>type</code> is <code>%s&lt;slug&gt;</code>; locally
                <code>/problems/&lt;slug&gt;</code> leads here. <a href="/_local/openapi">API reference</a></p>
                <table><tr><th>code</th><th>status</th><th>meaning</th><th>what the app should do</th><th>from</th></tr>
                %s</table></body></html>
                """.formatted(ErrorCatalogue.TYPE_BASE, rows);
    }

    static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
