package org.lantern.investigation;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.apache.commons.io.input.BOMInputStream;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.util.ZipInputStreamZipEntrySource;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.util.XMLHelper;
import org.apache.poi.xssf.eventusermodel.ReadOnlySharedStringsTable;
import org.apache.poi.xssf.eventusermodel.XSSFReader;
import org.apache.poi.xssf.eventusermodel.XSSFSheetXMLHandler;
import org.apache.poi.xssf.usermodel.XSSFComment;
import org.xml.sax.InputSource;
import org.xml.sax.XMLReader;

/**
 * Reads the rows of an operator's CDR file one at a time, never the whole file: CSV (comma, semicolon, tab
 * or pipe separated, UTF-8 with or without BOM) with commons-csv, XLSX (first sheet) with POI's SAX event
 * reader. Rows come with their line: the row number a spreadsheet shows, the header being 1.
 */
final class CdrRows {

    /** Receives rows; returns false to stop reading. */
    @FunctionalInterface
    interface Handler {
        boolean row(long line, List<String> cells);
    }

    enum Format {
        CSV, XLSX;

        static Format of(String fileName) {
            String lower = fileName == null ? "" : fileName.toLowerCase(java.util.Locale.ROOT);
            if (lower.endsWith(".xlsx")) {
                return XLSX;
            }
            if (lower.endsWith(".csv") || lower.endsWith(".txt") || lower.endsWith(".tsv")) {
                return CSV;
            }
            return null;
        }
    }

    static {
        // POI unpacks an XLSX read from a stream; large parts go to temporary files, which it encrypts
        // with a throwaway key, so no plaintext CDR touches the disk.
        ZipInputStreamZipEntrySource.setThresholdBytesForTempFiles(4 * 1024 * 1024);
        ZipInputStreamZipEntrySource.setEncryptTempFiles(true);
    }

    private CdrRows() {
    }

    static void read(Format format, InputStream in, Handler handler) throws IOException {
        if (format == Format.XLSX) {
            readXlsx(in, handler);
        } else {
            readCsv(in, handler);
        }
    }

    private static void readCsv(InputStream raw, Handler handler) throws IOException {
        BufferedInputStream in = new BufferedInputStream(
                BOMInputStream.builder().setInputStream(raw).get(), 64 * 1024);
        char delimiter = sniffDelimiter(in);
        Reader reader = new InputStreamReader(in, StandardCharsets.UTF_8);
        CSVFormat format = CSVFormat.DEFAULT.builder().setDelimiter(delimiter).setIgnoreEmptyLines(true)
                .setTrim(true).get();
        try (CSVParser parser = CSVParser.builder().setReader(reader).setFormat(format).get()) {
            long linesBefore = 0;
            for (CSVRecord record : parser) {
                List<String> cells = new ArrayList<>(record.size());
                record.forEach(cells::add);
                // the line the record ends on, less its own line breaks: where an editor shows it start
                long line = Math.max(linesBefore + 1, lastLine(parser, record) - countNewlines(cells));
                linesBefore = lastLine(parser, record);
                if (!handler.row(line, cells)) {
                    return;
                }
            }
        }
    }

    /** The (1-based) line a record ends on; the parser counts line breaks consumed so far. */
    private static long lastLine(CSVParser parser, CSVRecord record) {
        return Math.max(parser.getCurrentLineNumber(), record.getRecordNumber());
    }

    private static int countNewlines(List<String> cells) {
        int count = 0;
        for (String cell : cells) {
            for (int i = 0; i < cell.length(); i++) {
                if (cell.charAt(i) == '\n') {
                    count++;
                }
            }
        }
        return count;
    }

    private static char sniffDelimiter(BufferedInputStream in) throws IOException {
        in.mark(64 * 1024);
        byte[] head = in.readNBytes(64 * 1024 - 1);
        in.reset();
        String text = new String(head, StandardCharsets.UTF_8);
        int end = text.indexOf('\n');
        String first = end < 0 ? text : text.substring(0, end);
        char best = ',';
        long bestCount = first.chars().filter(c -> c == ',').count();
        for (char candidate : new char[] {';', '\t', '|'}) {
            long count = first.chars().filter(c -> c == candidate).count();
            if (count > bestCount) {
                best = candidate;
                bestCount = count;
            }
        }
        return best;
    }

    private static void readXlsx(InputStream in, Handler handler) throws IOException {
        try (OPCPackage pkg = OPCPackage.open(in)) {
            XSSFReader reader = new XSSFReader(pkg);
            ReadOnlySharedStringsTable strings = new ReadOnlySharedStringsTable(pkg, false);
            XSSFReader.SheetIterator sheets = (XSSFReader.SheetIterator) reader.getSheetsData();
            if (!sheets.hasNext()) {
                return;
            }
            try (InputStream sheet = sheets.next()) {
                XMLReader parser = XMLHelper.newXMLReader();
                parser.setContentHandler(new XSSFSheetXMLHandler(reader.getStylesTable(), null, strings,
                        new RowCollector(handler), new PlainFormatter(), false));
                parser.parse(new InputSource(sheet));
            } catch (Stop stop) {
                // the handler had enough rows
            }
        } catch (org.xml.sax.SAXException | javax.xml.parsers.ParserConfigurationException
                 | org.apache.poi.openxml4j.exceptions.OpenXML4JException e) {
            throw new IOException("The file is not a readable XLSX workbook", e);
        } catch (RuntimeException e) {
            if (e instanceof Stop) {
                return;
            }
            throw e;
        }
    }

    private static final class Stop extends RuntimeException {
        Stop() {
            super(null, null, false, false);
        }
    }

    /** Collects a row's cells by column, filling gaps that the sheet leaves out. */
    private static final class RowCollector implements XSSFSheetXMLHandler.SheetContentsHandler {
        private final Handler handler;
        private final List<String> cells = new ArrayList<>();

        RowCollector(Handler handler) {
            this.handler = handler;
        }

        @Override
        public void startRow(int rowNum) {
            cells.clear();
        }

        @Override
        public void endRow(int rowNum) {
            boolean empty = cells.stream().allMatch(c -> c == null || c.isBlank());
            if (!empty && !handler.row(rowNum + 1L, new ArrayList<>(cells.stream().map(c -> c == null ? "" : c.strip()).toList()))) {
                throw new Stop();
            }
        }

        @Override
        public void cell(String reference, String value, XSSFComment comment) {
            int column = reference == null ? cells.size() : new CellReference(reference).getCol();
            while (cells.size() < column) {
                cells.add("");
            }
            cells.add(value);
        }
    }

    /**
     * Cell values as data, not as Excel displays them: numbers in full (a 12-digit phone number would
     * otherwise become 9.1983E+11), date-times as ISO local date-times, times of day as HH:mm:ss.
     */
    private static final class PlainFormatter extends DataFormatter {
        private static final DateTimeFormatter ISO = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");
        private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm:ss");

        @Override
        public String formatRawCellContents(double value, int formatIndex, String formatString) {
            return formatRawCellContents(value, formatIndex, formatString, false);
        }

        @Override
        public String formatRawCellContents(double value, int formatIndex, String formatString, boolean use1904) {
            if (formatString != null && DateUtil.isADateFormat(formatIndex, formatString) && DateUtil.isValidExcelDate(value)) {
                LocalDateTime time = DateUtil.getLocalDateTime(value, use1904, true);
                return value < 1 ? TIME.format(time) : ISO.format(time);
            }
            return BigDecimal.valueOf(value).stripTrailingZeros().toPlainString();
        }
    }
}
