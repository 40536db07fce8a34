/**
 * The page runs under a Content-Security-Policy (index.html: no inline script, no `eval`). A
 * violation means something tried what the policy forbids (injected markup, a library that
 * evaluates strings): the browser blocks it quietly, so it is reported here as an error, where
 * the browser tests (which fail on any console error) and a player's bug report will see it.
 */
export function watchPolicy(target: Pick<Document, 'addEventListener'>, report: (message: string) => void): void {
  target.addEventListener('securitypolicyviolation', (event) => {
    const where = event.sourceFile ? ` in ${event.sourceFile}:${event.lineNumber}` : '';
    // The browser names what it blocked by its address, or by the kind of code it was.
    const kinds: Record<string, string> = {
      '': 'inline code',
      inline: 'inline code',
      eval: 'code evaluated from a string',
    };
    const what = kinds[event.blockedURI] ?? event.blockedURI;
    report(`Content-Security-Policy blocked ${what} (${event.effectiveDirective})${where}.`);
  });
}
