// Child of bench/validate.bench.ts (bundled by it with esbuild): prints the ms of one validation of the
// generated 5,000-block project in a fresh process, as `botloom validate` pays it.
import { validateProject } from '../engine/validate';
import { generateProject } from '../test/builders';

const project = generateProject({ blocks: 5000, seed: 1 });
const start = performance.now();
validateProject(project);
console.log(JSON.stringify(performance.now() - start));
