/** A lesson's Markdown, parsed at build time by scripts/vite-lesson-plugin.ts. */
declare module '*.md?lesson' {
  // An ambient module cannot `import` a relative path, and a top-level import would turn this
  // file into a module (and the wildcard declaration into an invalid augmentation).
  // eslint-disable-next-line @typescript-eslint/consistent-type-imports
  const lesson: import('./lesson-types').Lesson;
  export default lesson;
}
