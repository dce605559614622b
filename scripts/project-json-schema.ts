// The JSON Schema of a botloom/1 file, generated from the zod Project schema (the file as written,
// so fields with defaults are optional), with named definitions and two-space indent.
import { z } from 'zod';
import {
  Block,
  BLOCK_KINDS,
  BLOCK_TYPES,
  Button,
  Condition,
  ConversationTest,
  Flow,
  Json,
  Message,
  Mock,
  Project,
} from '../engine/model';

/** Parts that get a named definition (`#/$defs/Block`…), so the schema reads like the spec. */
const NAMED = {
  Flow,
  Block,
  ...Object.fromEntries(BLOCK_TYPES.map((t) => [BLOCK_KINDS[t].schemaName, BLOCK_KINDS[t].schema])),
  Message,
  Button,
  Condition,
  ConversationTest,
  Mock,
  Json,
};

export function projectJsonSchemaText(): string {
  const metadata = z.registry<{ id: string }>();
  for (const [id, schema] of Object.entries(NAMED)) metadata.add(schema, { id });
  const schema = z.toJSONSchema(Project, {
    io: 'input',
    target: 'draft-2020-12',
    unrepresentable: 'any',
    metadata,
  });
  const { $schema, ...rest } = schema as Record<string, unknown>;
  const document = { $schema, title: 'Botloom project (botloom/1)', ...rest };
  return JSON.stringify(document, null, 2) + '\n';
}
