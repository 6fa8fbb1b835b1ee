package org.lantern.support;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Playwright;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * Debian's Chromium, headless, driven by Playwright, for the browser tests: register it with
 * {@code @RegisterExtension static final HeadlessChromium chromium = new HeadlessChromium();} and use
 * {@link #browser()}. Tests are skipped where Chromium is not installed, except in CI, where its absence
 * is an error.
 */
public final class HeadlessChromium implements BeforeAllCallback, AfterAllCallback {

    private static final Path CHROMIUM = Path.of("/usr/bin/chromium");

    private Playwright playwright;
    private Browser browser;

    @Override
    public void beforeAll(ExtensionContext context) {
        boolean available = Files.isExecutable(CHROMIUM);
        if (!available && System.getenv("CI") != null) {
            throw new IllegalStateException("CI must install Debian's chromium for the browser tests");
        }
        Assumptions.assumeTrue(available, "Chromium is not installed; browser tests skipped");
        playwright = Playwright.create();
        browser = playwright.chromium().launch(new BrowserType.LaunchOptions().setExecutablePath(CHROMIUM)
                .setHeadless(true).setArgs(List.of("--no-sandbox", "--disable-gpu", "--disable-background-networking",
                        "--disable-component-update", "--disable-sync", "--no-first-run")));
    }

    public Browser browser() {
        return browser;
    }

    @Override
    public void afterAll(ExtensionContext context) {
        if (playwright != null) {
            playwright.close();
        }
    }
}
