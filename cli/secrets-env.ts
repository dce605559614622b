// `{secrets.NAME}` in the CLI, read from BOTLOOM_SECRET_* environment variables. Its own module so that
// the test workers (cli/test-workers/worker.ts) load it without the `test` command and its imports.

/**
 * `{secrets.NAME}` in the CLI: the environment variable BOTLOOM_SECRET_<NAME>, as written, else upper
 * case, else upper snake case (`shopToken` → BOTLOOM_SECRET_shopToken, _SHOPTOKEN, _SHOP_TOKEN).
 */
export function secretsFromEnv(env: NodeJS.ProcessEnv = process.env): (name: string) => string | undefined {
  return (name) => {
    const snake = name.replace(/([a-z0-9])([A-Z])/g, '$1_$2').replace(/[^A-Za-z0-9_]/g, '_');
    for (const key of [name, name.toUpperCase(), snake.toUpperCase()]) {
      const value = env[`BOTLOOM_SECRET_${key}`];
      if (value !== undefined) return value;
    }
    return undefined;
  };
}
