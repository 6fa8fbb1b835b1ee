package org.lantern.cases.io;

import java.io.IOException;

import org.lantern.cases.CaseRecords.CaseRecord;

/** Writes exported cases one at a time to an output stream; {@link #finish} completes the file. */
interface CaseSink {

    void write(CaseRecord record) throws IOException;

    void finish() throws IOException;
}
