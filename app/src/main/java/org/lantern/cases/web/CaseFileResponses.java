package org.lantern.cases.web;

import java.io.IOException;
import java.io.OutputStream;

import jakarta.servlet.http.HttpServletResponse;

/** Headers for a file written straight to the response: a download that no cache keeps. */
final class CaseFileResponses {

    private CaseFileResponses() {
    }

    static OutputStream download(HttpServletResponse response, String contentType, String fileName) throws IOException {
        response.setContentType(contentType);
        response.setHeader("Content-Disposition", "attachment; filename=\"" + fileName + "\"");
        response.setHeader("Cache-Control", "no-store");
        response.setHeader("X-Content-Type-Options", "nosniff");
        return response.getOutputStream();
    }
}
