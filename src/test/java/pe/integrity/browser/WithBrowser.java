package pe.integrity.browser;

/** A browser test class exposes its browser, so a failed step leaves a screenshot and the page's HTML. */
interface WithBrowser {
    WebPage browser();
}
