package org.lantern.cases.io;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.List;
import java.util.UUID;

import org.apache.poi.poifs.crypt.temp.SheetDataWriterWithDecorator;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.apache.poi.xssf.streaming.SheetDataWriter;
import org.lantern.cases.CaseRecords.CaseRecord;
import org.lantern.protection.FileProtector;

/**
 * XLSX through POI's streaming workbook: 100 rows in memory, the rest in a temporary file that is encrypted
 * with {@link FileProtector} (the plain temporary files of POI would leave case data in the system's temp
 * directory) and deleted when the export ends.
 */
final class XlsxSink implements CaseSink {

    private final List<ExportColumns.Column> columns;
    private final OutputStream out;
    private final SXSSFWorkbook workbook;
    private final SXSSFSheet sheet;
    private int next;

    XlsxSink(OutputStream out, boolean research, FileProtector protector) {
        this.columns = ExportColumns.of(research);
        this.out = out;
        this.workbook = new EncryptedTempWorkbook(protector);
        this.sheet = workbook.createSheet("cases");
        Row header = sheet.createRow(next++);
        for (int i = 0; i < columns.size(); i++) {
            header.createCell(i).setCellValue(columns.get(i).header());
        }
    }

    @Override
    public void write(CaseRecord record) {
        Row row = sheet.createRow(next++);
        List<String> values = ExportColumns.values(columns, record);
        for (int i = 0; i < values.size(); i++) {
            if (!values.get(i).isEmpty()) {
                row.createCell(i).setCellValue(values.get(i)); // text cells: never evaluated as formulas
            }
        }
    }

    @Override
    public void finish() throws IOException {
        try {
            workbook.write(out);
        } finally {
            workbook.close();
        }
    }

    /** A streaming workbook whose sheet data on disk is encrypted. */
    private static final class EncryptedTempWorkbook extends SXSSFWorkbook {
        private final FileProtector protector;

        EncryptedTempWorkbook(FileProtector protector) {
            super(null, 100, false, false);
            this.protector = protector;
        }

        @Override
        protected SheetDataWriter createSheetDataWriter() throws IOException {
            String fileId = "xlsx-export-" + UUID.randomUUID();
            return new SheetDataWriterWithDecorator() {
                @Override
                protected OutputStream decorateOutputStream(java.io.FileOutputStream fos) {
                    try {
                        return protector.encrypting(fos, fileId);
                    } catch (IOException e) {
                        throw new java.io.UncheckedIOException(e);
                    }
                }

                @Override
                protected InputStream decorateInputStream(java.io.FileInputStream fis) {
                    try {
                        return protector.decrypting(fis, fileId);
                    } catch (IOException e) {
                        throw new java.io.UncheckedIOException(e);
                    }
                }
            };
        }
    }
}
