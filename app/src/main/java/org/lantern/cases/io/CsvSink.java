package org.lantern.cases.io;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.lantern.cases.CaseRecords.CaseRecord;

/** CSV, UTF-8 with a byte order mark so spreadsheet programs read Bengali and Devanagari correctly. */
final class CsvSink implements CaseSink {

    private final List<ExportColumns.Column> columns;
    private final CSVPrinter printer;

    CsvSink(OutputStream out, boolean research) throws IOException {
        this.columns = ExportColumns.of(research);
        out.write(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF});
        this.printer = new CSVPrinter(new OutputStreamWriter(out, StandardCharsets.UTF_8), CSVFormat.RFC4180);
        printer.printRecord(columns.stream().map(ExportColumns.Column::header).toList());
    }

    @Override
    public void write(CaseRecord record) throws IOException {
        printer.printRecord(ExportColumns.values(columns, record).stream().map(CsvSink::defused).toList());
    }

    @Override
    public void finish() throws IOException {
        printer.flush();
    }

    /** A value a spreadsheet would run as a formula is prefixed with an apostrophe. */
    static String defused(String value) {
        return !value.isEmpty() && "=+-@\t\r".indexOf(value.charAt(0)) >= 0 ? "'" + value : value;
    }
}
