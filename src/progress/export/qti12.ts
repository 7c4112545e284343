import { strToU8, zipSync } from 'fflate';
import type { Lesson } from '../../content/lesson/lesson-types';
import type { Language } from '../../content/ui/messages';
import { lessonQuizzes } from '../lesson-quizzes';
import { exportContext } from './export-context';
import { qtiItem } from './kind-exports';
import { bankTitle } from './moodle-xml';
import { escapeXml } from './xml';

/** The assessment's identifier, also its folder and file name in the package. */
export function assessmentId(language: Language): string {
  return `backprop-lab-quizzes-${language}`;
}

/** The package's files by path: imsmanifest.xml and the assessment. */
export interface QtiPackageFiles {
  manifest: string;
  assessmentPath: string;
  assessment: string;
}

/**
 * Every quiz of `lesson` as a QTI 1.2 assessment in Canvas's conventions (one root section, one
 * item per quiz in lesson order), with the content-package manifest that points at it.
 */
export function qtiFiles(lesson: Lesson, language: Language): QtiPackageFiles {
  const context = exportContext(language);
  const id = assessmentId(language);
  const title = escapeXml(bankTitle(lesson, language));
  const assessmentPath = `${id}/${id}.xml`;
  const items = lessonQuizzes(lesson).map((quiz) => qtiItem(quiz, context));
  const assessment = [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<questestinterop xmlns="http://www.imsglobal.org/xsd/ims_qtiasiv1p2" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xsi:schemaLocation="http://www.imsglobal.org/xsd/ims_qtiasiv1p2 http://www.imsglobal.org/xsd/ims_qtiasiv1p2p1.xsd">',
    `  <assessment ident="${id}" title="${title}">`,
    '    <section ident="root_section">',
    ...items,
    '    </section>',
    '  </assessment>',
    '</questestinterop>',
    '',
  ].join('\n');
  const manifest = [
    '<?xml version="1.0" encoding="UTF-8"?>',
    `<manifest identifier="${id}-manifest" xmlns="http://www.imsglobal.org/xsd/imsccv1p1/imscp_v1p1" xmlns:imsmd="http://www.imsglobal.org/xsd/imsmd_v1p2">`,
    '  <metadata>',
    '    <schema>IMS Content</schema>',
    '    <schemaversion>1.1.3</schemaversion>',
    '    <imsmd:lom>',
    '      <imsmd:general>',
    `        <imsmd:title><imsmd:string>${title}</imsmd:string></imsmd:title>`,
    '      </imsmd:general>',
    '    </imsmd:lom>',
    '  </metadata>',
    '  <organizations/>',
    '  <resources>',
    `    <resource identifier="${id}" type="imsqti_xmlv1p2">`,
    `      <file href="${assessmentPath}"/>`,
    '    </resource>',
    '  </resources>',
    '</manifest>',
    '',
  ].join('\n');
  return { manifest, assessmentPath, assessment };
}

/** The QTI 1.2 package as a zip (Canvas: Settings → Import Course Content → QTI .zip file). */
export function qtiZip(lesson: Lesson, language: Language): Uint8Array {
  const files = qtiFiles(lesson, language);
  return zipSync(
    {
      'imsmanifest.xml': strToU8(files.manifest),
      [files.assessmentPath]: strToU8(files.assessment),
    },
    { level: 9, mtime: new Date('2000-01-01T00:00:00Z') },
  );
}
