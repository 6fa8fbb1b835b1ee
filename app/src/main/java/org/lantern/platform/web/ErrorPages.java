package org.lantern.platform.web;

import java.util.Map;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.RequestMapping;

/**
 * Friendly error pages that leak nothing: no stack trace, no exception message, no SQL; only the status
 * and what the person can do. API callers get the same as JSON.
 */
@Controller
class ErrorPages implements org.springframework.boot.webmvc.error.ErrorController {

    @RequestMapping(value = "/error", produces = MediaType.TEXT_HTML_VALUE)
    String page(HttpServletRequest request, Model model, jakarta.servlet.http.HttpServletResponse response) {
        int status = status(request);
        response.setStatus(status);
        model.addAttribute("status", status);
        model.addAttribute("messageKey", switch (status) {
            case 403 -> "error.forbidden";
            case 404 -> "error.notFound";
            case 400 -> "error.badRequest";
            case 413 -> "error.tooLarge";
            default -> "error.general";
        });
        return "error";
    }

    @RequestMapping("/error")
    ResponseEntity<Map<String, Object>> json(HttpServletRequest request) {
        int status = status(request);
        HttpStatus resolved = HttpStatus.resolve(status);
        return ResponseEntity.status(status).contentType(MediaType.APPLICATION_JSON)
                .body(Map.of("status", status, "error", resolved == null ? "error" : resolved.getReasonPhrase()));
    }

    private static int status(HttpServletRequest request) {
        Object code = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
        return code instanceof Integer value ? value : 500;
    }
}
