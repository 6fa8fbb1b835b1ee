package org.lantern.cases.io;

/** A bad cell of an import: its row number, the column's header, and a message key saying what is wrong. */
public record ImportProblem(int row, String column, String messageKey) {
}
