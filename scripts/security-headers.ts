/**
 * The Content-Security-Policy of the production build. Scripts only from the app's own origin;
 * styles from files, plus style attributes (KaTeX positions glyphs with them); no other host for
 * anything. `frame-ancestors *` lets any LMS embed the app: hosts should list their LMS origins.
 */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self'",
  "style-src-attr 'unsafe-inline'",
  "img-src 'self' data:",
  "font-src 'self' data:", // Vite inlines KaTeX's smallest fonts as data: URIs
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
  'frame-ancestors *',
].join('; ');

/** Headers `npm start` sends with every response. */
export const SECURITY_HEADERS: Record<string, string> = {
  'Content-Security-Policy': CONTENT_SECURITY_POLICY,
  // a sandboxed iframe without allow-same-origin loads module scripts with `Origin: null`
  'Access-Control-Allow-Origin': '*',
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'no-referrer',
};
