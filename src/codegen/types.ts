/**
 * The contract between the generator's parts: every side (OpenAPI, AsyncAPI, docs) produces its
 * output in memory as a list of files; only `writeGeneratedFiles` touches the disk.
 */
export interface GeneratedFile {
  /** POSIX path relative to the output folder, e.g. `server/bind.ts`. */
  path: string;
  /** Full file content, header included. */
  content: string;
}

/** Options of `generate()`: which specs to read and where to write. */
export interface GenerateOptions {
  /** OpenAPI 3.0/3.1 document (YAML or JSON). */
  openapi?: string;
  /** AsyncAPI 3.0 document (YAML or JSON). */
  asyncapi?: string;
  /** Output folder (`generated/` for the project's own specs). */
  out: string;
  /** Folder for the generated API reference (`docs/api`), when the docs generator is present. */
  docsOut?: string;
  /** Base for the spec names written into headers; defaults to `process.cwd()`. */
  cwd?: string;
}

/** A spec that cannot be used: names the file and what is wrong with it. */
export class InvalidSpecError extends Error {
  readonly file: string;
  readonly problems: string[];

  constructor(file: string, problems: string[]) {
    super(`Invalid spec ${file}:\n${problems.map((problem) => `  - ${problem}`).join('\n')}`);
    this.name = 'InvalidSpecError';
    this.file = file;
    this.problems = problems;
  }
}
