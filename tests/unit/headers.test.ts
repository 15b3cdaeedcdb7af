/** The per-page CSP <meta> tag (issue 12 item 9): ahead of every script, right hashes, nothing a meta tag ignores. */
import { describe, expect, it } from 'vitest';
import { contentSecurityPolicy, headersFileRules, metaPolicy, sha256, withMetaPolicy } from '../../scripts/headers.mjs';

const PAGE =
  '<!DOCTYPE html><html><head><meta charSet="utf-8"/><link rel="preload" as="script" href="/a.js"/><script src="/a.js" async></script><script>self.x=1</script></head><body><script>self.y=2</script></body></html>';

describe('withMetaPolicy', () => {
  it('puts the tag right after <meta charset>, ahead of every script and link', () => {
    const html = withMetaPolicy(PAGE);
    const at = html.indexOf('http-equiv="Content-Security-Policy"');
    expect(at).toBeGreaterThan(html.indexOf('charSet'));
    expect(at).toBeLessThan(html.search(/<(script|link)\b/));
  });

  it('allows exactly the inline scripts of the page by hash, and nothing a meta tag ignores', () => {
    const policy = /content="([^"]*)"/.exec(withMetaPolicy(PAGE))![1];
    expect(policy).toContain(sha256('self.x=1'));
    expect(policy).toContain(sha256('self.y=2'));
    expect(policy).not.toMatch(/unsafe-inline|frame-ancestors|report-uri|sandbox/);
    expect(policy).toContain("object-src 'none'");
  });

  it('can run twice without adding a second tag, and the header policy is the meta policy plus frame-ancestors', () => {
    const twice = withMetaPolicy(withMetaPolicy(PAGE));
    expect(twice.match(/http-equiv="Content-Security-Policy"/g)).toHaveLength(1);
    expect(twice).toBe(withMetaPolicy(PAGE));
    expect(contentSecurityPolicy(twice)).toBe(`${metaPolicy(twice)}; frame-ancestors 'none'`);
  });

  it('refuses a page where a script comes before <meta charset>, naming the file', () => {
    expect(() => withMetaPolicy('<html><head><script>1</script><meta charset="utf-8"></head></html>', 'out/x.html')).toThrow(/out\/x\.html/);
  });
});

describe('out/_headers rules', () => {
  it('stay within Cloudflare Pages limits: at most 100 rules, lines under 2,000 characters, no header in two rules', () => {
    const rules = headersFileRules();
    expect(rules.length).toBeLessThanOrEqual(100);
    const names = rules.flatMap(([, headers]) => Object.keys(headers));
    expect(new Set(names).size).toBe(names.length);
    for (const [path, headers] of rules) for (const [name, value] of Object.entries(headers)) expect(`  ${name}: ${value}`.length, path).toBeLessThan(2000);
    expect(rules[0][1]).toMatchObject({ 'X-Frame-Options': 'DENY', 'Content-Security-Policy': "frame-ancestors 'none'" });
  });
});
