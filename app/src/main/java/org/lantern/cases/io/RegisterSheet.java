package org.lantern.cases.io;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.lantern.platform.web.InvalidInputException;

/**
 * The cells of an uploaded register: a header row and data rows, all as text. Row numbers are as the user
 * sees them in a spreadsheet: the header is row 1. Entirely empty rows are skipped but keep their numbers.
 */
record RegisterSheet(List<String> headers, List<Line> lines) {

    static final int MAX_ROWS = 5000;

    /** A data row and its number in the file. */
    record Line(int number, List<String> cells) {
        String cell(Integer column) {
            return column == null || column < 0 || column >= cells.size() ? "" : cells.get(column).strip();
        }
    }

    static RegisterSheet csv(InputStream in) throws IOException {
        CSVFormat format = CSVFormat.DEFAULT.builder().setIgnoreEmptyLines(false).get();
        try (CSVParser parser = CSVParser.parse(new InputStreamReader(in, StandardCharsets.UTF_8), format)) {
            List<String> headers = null;
            List<Line> lines = new ArrayList<>();
            int number = 0;
            for (CSVRecord record : parser) {
                number++;
                List<String> cells = record.toList();
                if (headers == null) {
                    if (!cells.isEmpty()) {
                        cells.set(0, cells.getFirst().replace("\uFEFF", ""));
                    }
                    headers = cells;
                } else {
                    add(lines, number, cells);
                }
            }
            return checked(headers, lines);
        }
    }

    static RegisterSheet xlsx(InputStream in) throws IOException {
        try (XSSFWorkbook workbook = new XSSFWorkbook(in)) {
            Sheet sheet = workbook.getSheetAt(0);
            DataFormatter formatter = new DataFormatter();
            List<String> headers = null;
            List<Line> lines = new ArrayList<>();
            for (Row row : sheet) {
                List<String> cells = new ArrayList<>();
                for (int i = 0; i < Math.max(0, row.getLastCellNum()); i++) {
                    cells.add(text(row.getCell(i), formatter));
                }
                if (headers == null) {
                    headers = cells;
                } else {
                    add(lines, row.getRowNum() + 1, cells);
                }
            }
            return checked(headers, lines);
        }
    }

    private static void add(List<Line> lines, int number, List<String> cells) {
        if (cells.stream().anyMatch(c -> c != null && !c.isBlank())) {
            if (lines.size() >= MAX_ROWS) {
                throw new InvalidInputException("file", "cases.import.error.tooManyRows");
            }
            lines.add(new Line(number, cells));
        }
    }

    private static RegisterSheet checked(List<String> headers, List<Line> lines) {
        if (headers == null || headers.stream().allMatch(String::isBlank)) {
            throw new InvalidInputException("file", "cases.import.error.noHeader");
        }
        return new RegisterSheet(headers.stream().map(String::strip).toList(), lines);
    }

    /** A cell as text; dates as ISO dates so they read the same as in a CSV file. */
    private static String text(Cell cell, DataFormatter formatter) {
        if (cell == null) {
            return "";
        }
        if (cell.getCellType() == CellType.NUMERIC && DateUtil.isCellDateFormatted(cell)) {
            return cell.getLocalDateTimeCellValue().toLocalDate().toString();
        }
        return formatter.formatCellValue(cell);
    }
}
