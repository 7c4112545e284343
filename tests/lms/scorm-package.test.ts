import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { strFromU8, unzipSync } from 'fflate';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { rootRelativeUrls, scormManifest } from '../../scripts/scorm-manifest';

const ADLCP = 'http://www.adlnet.org/xsd/adlcp_rootv1p2';
let outDir = '';
let zip: Record<string, Uint8Array> = {};

beforeAll(() => {
  outDir = mkdtempSync(join(tmpdir(), 'backprop-scorm-'));
  execFileSync(
    process.execPath,
    ['node_modules/tsx/dist/cli.mjs', 'scripts/build-scorm.ts', '--out', outDir],
    { stdio: 'pipe' },
  );
  zip = unzipSync(readFileSync(join(outDir, 'backprop-lab-scorm12.zip')));
}, 180_000);

afterAll(() => {
  if (outDir) rmSync(outDir, { recursive: true, force: true });
});

/** The manifest as a DOM, through the browser's own XML parser. */
function manifestDocument(): Document {
  const text = strFromU8(zip['imsmanifest.xml']!);
  const document = new DOMParser().parseFromString(text, 'application/xml');
  expect(document.getElementsByTagName('parsererror')).toHaveLength(0);
  return document;
}

const children = (parent: Element | Document, name: string) =>
  Array.from(parent.getElementsByTagName(name));

describe('the SCORM 1.2 package (npm run build:scorm)', () => {
  it('has a manifest at the zip’s root: organisation, item with mastery score, one SCO resource', () => {
    const document = manifestDocument();
    const manifest = document.documentElement;
    expect(manifest.localName).toBe('manifest');
    expect(manifest.getAttribute('identifier')).toBeTruthy();
    expect(children(document, 'schema')[0]?.textContent).toBe('ADL SCORM');
    expect(children(document, 'schemaversion')[0]?.textContent).toBe('1.2');

    const organizations = children(document, 'organizations')[0]!;
    const organization = children(organizations, 'organization');
    expect(organization).toHaveLength(1);
    expect(organizations.getAttribute('default')).toBe(organization[0]!.getAttribute('identifier'));
    expect(children(organization[0]!, 'title')[0]?.textContent).toMatch(/Backprop Lab/);
    const items = children(organization[0]!, 'item');
    expect(items).toHaveLength(1);
    expect(items[0]!.getElementsByTagNameNS(ADLCP, 'masteryscore')[0]?.textContent).toBe('70');

    const resources = children(document, 'resource');
    expect(resources).toHaveLength(1);
    const resource = resources[0]!;
    expect(items[0]!.getAttribute('identifierref')).toBe(resource.getAttribute('identifier'));
    expect(resource.getAttribute('type')).toBe('webcontent');
    expect(resource.getAttributeNS(ADLCP, 'scormtype')).toBe('sco');
    expect(resource.getAttribute('href')).toBe('index.html');
  });

  it('lists exactly every file in the zip besides itself', () => {
    const listed = children(manifestDocument(), 'file').map((file) => file.getAttribute('href'));
    const packaged = Object.keys(zip).filter((name) => name !== 'imsmanifest.xml');
    expect(listed.sort()).toEqual(packaged.sort());
    expect(packaged).toContain('index.html');
    expect(packaged.some((name) => name.startsWith('assets/') && name.endsWith('.js'))).toBe(true);
    expect(packaged.some((name) => name.startsWith('.vite/') || name.endsWith('.zip'))).toBe(false);
  });

  it('loads everything by relative paths, so that it works from any deep path', () => {
    const index = strFromU8(zip['index.html']!);
    expect(index).toMatch(/src="\.\/assets\/index-[\w-]+\.js"/);
    for (const [name, bytes] of Object.entries(zip)) {
      if (/\.(html|css|js)$/.test(name))
        expect(rootRelativeUrls(strFromU8(bytes)), name).toEqual([]);
    }
  });
});

describe('the manifest and URL checks', () => {
  it('writes the given mastery score and escapes titles and file names', () => {
    const xml = scormManifest(['a&b.js'], { title: 'A <B>', masteryScore: 85 });
    const document = new DOMParser().parseFromString(xml, 'application/xml');
    expect(document.getElementsByTagNameNS(ADLCP, 'masteryscore')[0]?.textContent).toBe('85');
    expect(document.getElementsByTagName('title')[0]?.textContent).toBe('A <B>');
    expect(document.getElementsByTagName('file')[0]?.getAttribute('href')).toBe('a&b.js');
  });

  it('finds root-relative URLs and leaves relative ones', () => {
    expect(rootRelativeUrls('<script src="/assets/a.js"></script><link href="./b.css">')).toEqual([
      '/assets/a.js',
    ]);
    expect(rootRelativeUrls('a{background:url(/img.png)} b{src:url(./font.woff2)}')).toEqual([
      '/img.png',
    ]);
    expect(rootRelativeUrls('import("./lesson.js"); const u = "//cdn.example/x"')).toEqual([]);
  });
});
