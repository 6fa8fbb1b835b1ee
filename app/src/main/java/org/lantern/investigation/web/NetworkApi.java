package org.lantern.investigation.web;

import java.io.IOException;
import java.io.InputStream;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.lantern.investigation.CaseNetworks;
import org.lantern.investigation.CdrColumns;
import org.lantern.investigation.CdrImports;
import org.lantern.investigation.NetworkEntities;
import org.lantern.investigation.NetworkExports;
import org.lantern.platform.web.InvalidInputException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.method.annotation.StreamingResponseBody;

/** {@code /api/v1/cases/{caseId}}: a case's network, its analyses and exports, CDR imports, entities and links. */
@RestController
@RequestMapping("/api/v1/cases/{caseId}")
class NetworkApi {

    /** How to read an uploaded file: column positions by field and the operator's time zone. */
    record ImportStart(Map<String, Integer> mapping, String timeZone) {
    }

    record Created(UUID id) {
    }

    private final CaseNetworks networks;
    private final CdrImports imports;
    private final NetworkExports exports;
    private final NetworkEntities entities;

    NetworkApi(CaseNetworks networks, CdrImports imports, NetworkExports exports, NetworkEntities entities) {
        this.networks = networks;
        this.imports = imports;
        this.exports = exports;
        this.entities = entities;
    }

    @GetMapping("/network")
    CaseNetworks.Graph network(@PathVariable UUID caseId, @RequestParam(required = false) String from,
            @RequestParam(required = false) String to, @RequestParam(required = false) String tz,
            @RequestParam(required = false) List<String> kinds, @RequestParam(defaultValue = "400") int limit) {
        return networks.graph(caseId, WindowParams.window(from, to, tz), WindowParams.kinds(kinds),
                Math.max(1, Math.min(limit, 5000)));
    }

    @GetMapping("/network/neighbourhood")
    CaseNetworks.Graph neighbourhood(@PathVariable UUID caseId, @RequestParam UUID entity,
            @RequestParam(defaultValue = "1") int hops, @RequestParam(required = false) String from,
            @RequestParam(required = false) String to, @RequestParam(required = false) String tz) {
        return networks.neighbourhood(caseId, WindowParams.window(from, to, tz), entity, hops, 300);
    }

    /** {@code numbers}: phone numbers or entity ids, comma-separated or repeated. */
    @GetMapping("/network/common-contacts")
    CaseNetworks.CommonContacts commonContacts(@PathVariable UUID caseId, @RequestParam List<String> numbers,
            @RequestParam(required = false) String from, @RequestParam(required = false) String to,
            @RequestParam(required = false) String tz) {
        List<String> suspects = numbers.stream().flatMap(n -> Arrays.stream(n.split("[,\\n]"))).toList();
        return networks.commonContacts(caseId, WindowParams.window(from, to, tz), suspects);
    }

    @GetMapping("/network/path")
    CaseNetworks.Path path(@PathVariable UUID caseId, @RequestParam("from") String fromEntity,
            @RequestParam("to") String toEntity, @RequestParam(required = false) String since,
            @RequestParam(required = false) String until, @RequestParam(required = false) String tz) {
        return networks.path(caseId, WindowParams.window(since, until, tz), fromEntity, toEntity);
    }

    @GetMapping("/network/calls")
    List<CaseNetworks.Call> calls(@PathVariable UUID caseId, @RequestParam UUID a, @RequestParam UUID b,
            @RequestParam(required = false) String from, @RequestParam(required = false) String to,
            @RequestParam(required = false) String tz, @RequestParam(defaultValue = "500") int limit) {
        return networks.calls(caseId, WindowParams.window(from, to, tz), a, b, limit);
    }

    @GetMapping("/network/export")
    ResponseEntity<StreamingResponseBody> export(@PathVariable UUID caseId, @RequestParam String format,
            @RequestParam(required = false) String from, @RequestParam(required = false) String to,
            @RequestParam(required = false) String tz) {
        return download(exports.export(caseId, WindowParams.window(from, to, tz), NetworkExports.Format.parse(format)));
    }

    @PostMapping(path = "/cdr-imports", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @ResponseStatus(HttpStatus.CREATED)
    CdrImports.Upload upload(@PathVariable UUID caseId, @RequestParam("file") MultipartFile file) throws IOException {
        if (file == null || file.isEmpty()) {
            throw new InvalidInputException("file", "investigation.error.emptyFile");
        }
        try (InputStream in = file.getInputStream()) {
            return imports.upload(caseId, file.getOriginalFilename(), in);
        }
    }

    @GetMapping("/cdr-imports")
    List<CdrImports.Status> imports(@PathVariable UUID caseId) {
        return imports.imports(caseId);
    }

    @PostMapping("/cdr-imports/{importId}/start")
    @ResponseStatus(HttpStatus.ACCEPTED)
    CdrImports.Status start(@PathVariable UUID caseId, @PathVariable UUID importId, @RequestBody ImportStart start) {
        if (start.mapping() == null) {
            throw new InvalidInputException("mapping", "investigation.error.required");
        }
        return imports.start(caseId, importId, CdrColumns.of(start.mapping()), start.timeZone());
    }

    @GetMapping("/cdr-imports/{importId}")
    CdrImports.Status importStatus(@PathVariable UUID caseId, @PathVariable UUID importId) {
        return imports.status(caseId, importId);
    }

    @GetMapping("/cdr-imports/{importId}/problems")
    List<CdrImports.Problem> problems(@PathVariable UUID caseId, @PathVariable UUID importId,
            @RequestParam(defaultValue = "1000") int limit, @RequestParam(defaultValue = "0") long offset) {
        return imports.problems(caseId, importId, limit, offset);
    }

    @PostMapping("/network/entities")
    @ResponseStatus(HttpStatus.CREATED)
    Created addEntity(@PathVariable UUID caseId, @RequestBody NetworkEntities.EntityDraft draft) {
        return new Created(entities.add(caseId, draft));
    }

    @PostMapping("/network/links")
    @ResponseStatus(HttpStatus.CREATED)
    Created addLink(@PathVariable UUID caseId, @RequestBody NetworkEntities.LinkDraft draft) {
        return new Created(entities.link(caseId, draft));
    }

    static ResponseEntity<StreamingResponseBody> download(NetworkExports.Export export) {
        return ResponseEntity.ok()
                .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"" + export.fileName() + "\"")
                .header(HttpHeaders.CACHE_CONTROL, "no-store")
                .contentType(MediaType.parseMediaType(export.format().contentType + ";charset=UTF-8"))
                .body(export::writeTo);
    }
}
