package org.lantern.platform;

/**
 * A place in the main navigation, contributed by the module that owns it. The menu shows it only to
 * users holding {@code authority}; the server checks that authority again on every request.
 *
 * @param labelKey  message key of the label
 * @param path      where it leads
 * @param authority the authority needed to see it (e.g. {@code PERM_CASES_VIEW})
 * @param order     position in the menu, smaller first
 * @param descriptionKey message key of the one-line description shown on the home dashboard
 */
public record NavigationEntry(String labelKey, String path, String authority, int order, String descriptionKey) {
}
