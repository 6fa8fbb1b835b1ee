package org.lantern.platform;

/**
 * A link from a case's page to another module's view of that case (care plan, tracing, network),
 * contributed by the module that owns the view. Shown to users holding {@code authority}; the view checks
 * access again.
 *
 * @param labelKey     message key of the link text
 * @param pathTemplate path with {@code {id}} standing for the case id, e.g. {@code /cases/{id}/care}
 */
public record CaseLink(String labelKey, String pathTemplate, String authority, int order) {

    public String path(Object caseId) {
        return pathTemplate.replace("{id}", String.valueOf(caseId));
    }
}
