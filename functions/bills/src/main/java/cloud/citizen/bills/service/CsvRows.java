package cloud.citizen.bills.service;

import java.io.Closeable;
import java.io.IOException;
import java.io.Reader;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.dataformat.csv.CsvFactory;
import com.fasterxml.jackson.dataformat.csv.CsvParser;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;

/**
 * A CSV file read one row at a time (RFC 4180: quoted fields may hold commas, quotes and line
 * breaks): the first row names the columns, each later row comes with the line it starts on, so
 * that an error report can point at it. Values are trimmed and blank lines skipped, as providers'
 * spreadsheet exports have both. Built on Jackson's CSV module, on the Jackson the function carries
 * anyway.
 */
final class CsvRows implements Closeable {
    private static final CsvFactory FACTORY = new CsvFactory();

    private final CsvParser parser;
    private final List<String> header;

    private CsvRows(CsvParser parser) throws IOException {
        this.parser = parser;
        Row first = next();
        this.header = first == null ? List.of() : first.values();
    }

    static CsvRows open(Reader csv) throws IOException {
        CsvParser parser = FACTORY.createParser(csv);
        parser.setSchema(CsvSchema.emptySchema());
        parser.enable(CsvParser.Feature.TRIM_SPACES);
        parser.enable(CsvParser.Feature.SKIP_EMPTY_LINES);
        return new CsvRows(parser);
    }

    /** The column names of the first row (empty for an empty file). */
    List<String> header() {
        return header;
    }

    /** The next row, or null after the last. */
    Row next() throws IOException {
        JsonToken token = parser.nextToken();
        while (token != null && token != JsonToken.START_ARRAY) {
            token = parser.nextToken();
        }
        if (token == null) {
            return null;
        }
        long line = -1; // where the first value is: the array's own start is reported on the line before
        List<String> values = new ArrayList<>();
        for (token = parser.nextToken(); token != null && token != JsonToken.END_ARRAY; token = parser.nextToken()) {
            if (line < 0) {
                line = parser.currentTokenLocation().getLineNr();
            }
            values.add(parser.getText());
        }
        return new Row(line, values);
    }

    @Override
    public void close() throws IOException {
        parser.close();
    }

    /** One row: the line it starts on (1 = the header) and its values in column order. */
    record Row(long line, List<String> values) {
        Row {
            values = List.copyOf(values);
        }

        /** Column name to value; only meaningful when the row has as many values as the header names. */
        Map<String, String> byColumn(List<String> header) {
            Map<String, String> fields = new LinkedHashMap<>();
            for (int i = 0; i < Math.min(header.size(), values.size()); i++) {
                fields.put(header.get(i), values.get(i));
            }
            return fields;
        }
    }
}
