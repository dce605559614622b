// What the reverse mapping carries along: Chatlayer ids back to block ids, and every problem found
// with its JSON path in the bot file, so that a bad file gives all its errors and never half a project.
import type { JsonPathSegment } from '../../format';

export type ChatlayerImportErrorCode =
  /** The text is not JSON. */
  | 'json-malformed'
  /** Not a bot JSON written by Botloom's Chatlayer export. */
  | 'format-unknown'
  /** The document does not match the export's schema. */
  | 'schema-invalid'
  /** Two dialog states share an id or a label. */
  | 'duplicate-id'
  /** A reference names no dialog state of the file. */
  | 'unknown-dialogstate'
  /** A value that the export never writes (a header naming a dialog state, a bad link-reply index…). */
  | 'invalid-value'
  /** The rebuilt project breaks a botloom/1 rule. */
  | 'project-invalid';

export interface ChatlayerImportError {
  code: ChatlayerImportErrorCode;
  message: string;
  /** JSON path in the bot file, e.g. `flows[0].dialogstates[3].nextDialogstateId`; '' for the whole file. */
  path: string;
  /** 1-based line and column in the text, when known. */
  line?: number;
  column?: number;
}

export interface LocatedError {
  code: ChatlayerImportErrorCode;
  message: string;
  segments: JsonPathSegment[];
}

export class ImportContext {
  readonly errors: LocatedError[] = [];

  constructor(private readonly blocks: ReadonlyMap<string, string>) {}

  fail(code: ChatlayerImportErrorCode, segments: JsonPathSegment[], message: string): void {
    this.errors.push({ code, segments, message });
  }

  /** The block id of a dialog state id; an unknown id is recorded as an error. */
  block(id: string, segments: JsonPathSegment[]): string {
    const block = this.blocks.get(id);
    if (block !== undefined) return block;
    this.fail(
      'unknown-dialogstate',
      segments,
      `"${id}" is the id of no dialog state in this file: use the id of one of its dialog states.`,
    );
    return id;
  }
}
