/** What the package's manifest says about the course. */
export interface ScormPackageInfo {
  /** The course's title in the LMS. */
  title: string;
  /** The pass mark in percent (adlcp:masteryscore), 0–100. */
  masteryScore: number;
}

function escapeXml(text: string): string {
  return text
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;');
}

/**
 * A SCORM 1.2 imsmanifest.xml: one organisation with one item (the whole app, one SCO) whose
 * resource starts at index.html and lists every file of the package (`files`, '/'-separated).
 */
export function scormManifest(files: readonly string[], info: ScormPackageInfo): string {
  const title = escapeXml(info.title);
  const fileLines = files.map((file) => `      <file href="${escapeXml(file)}"/>`).join('\n');
  return `<?xml version="1.0" encoding="UTF-8"?>
<manifest identifier="backprop-lab-scorm12" version="1.0"
  xmlns="http://www.imsproject.org/xsd/imscp_rootv1p1p2"
  xmlns:adlcp="http://www.adlnet.org/xsd/adlcp_rootv1p2">
  <metadata>
    <schema>ADL SCORM</schema>
    <schemaversion>1.2</schemaversion>
  </metadata>
  <organizations default="backprop-lab-organization">
    <organization identifier="backprop-lab-organization">
      <title>${title}</title>
      <item identifier="backprop-lab-item" identifierref="backprop-lab-resource" isvisible="true">
        <title>${title}</title>
        <adlcp:masteryscore>${Math.round(info.masteryScore)}</adlcp:masteryscore>
      </item>
    </organization>
  </organizations>
  <resources>
    <resource identifier="backprop-lab-resource" type="webcontent" adlcp:scormtype="sco" href="index.html">
${fileLines}
    </resource>
  </resources>
</manifest>
`;
}

/**
 * Root-relative URLs in built HTML, CSS or JavaScript (`src="/…"`, `url(/…)`, `"/assets/…"`): an
 * LMS serves a package from a deep path, where they would miss.
 */
export function rootRelativeUrls(text: string): string[] {
  const patterns = [
    /\b(?:src|href)="(\/[^"/][^"]*)"/g,
    /url\(\s*['"]?(\/[^)'"/][^)'"]*)/g,
    /["'`](\/assets\/[^"'`]*)/g,
  ];
  const found = patterns.flatMap((pattern) =>
    [...text.matchAll(pattern)].map((match) => match[1]!),
  );
  return [...new Set(found)];
}
